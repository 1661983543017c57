// Issue #18, "Reaching the gateway": the app against a stand-in gateway (the standalone simulator at
// APIGO_BASE_URL, the "remote" server) and against one that cannot be reached (a closed port).
// Keyless: these tests save and switch keys themselves.
import { expect, KEYLESS, slow, test, urls } from "./fixtures";
import type { ChatPage } from "./pages/chat-page";

const balanceOf = async (chat: ChatPage) =>
  Number(await chat.page.getByTestId("balance").getAttribute("data-usd"));

async function pick(chat: ChatPage, upstream: "gateway" | "simulator") {
  await chat.page.getByTestId("settings-open").click();
  await chat.page.getByTestId(`settings-upstream-${upstream}`).check();
  await expect(chat.page.getByTestId("settings-upstream")).toHaveAttribute(
    "data-upstream",
    upstream === "gateway" ? "remote" : "simulator",
  );
  await chat.page.keyboard.press("Escape");
}

test.describe("reaching the gateway", { tag: KEYLESS }, () => {
  test("no key: the demo answers and its balance goes down; a quota refusal shows the top-up link", async ({
    chat,
    page,
    simLog,
  }) => {
    await chat.goto(urls.remote);
    await expect(page.getByTestId("demo-badge")).toContainText("Demo · simulator");
    await expect(page.getByTestId("balance")).toBeVisible({ timeout: slow(15_000) });
    const before = await balanceOf(chat);
    const heard = (await simLog()).length;
    await chat.askAndWait("Hello demo");
    await expect.poll(() => balanceOf(chat), { timeout: slow(10_000) }).toBeLessThan(before);
    // The embedded simulator answered: the stand-in gateway heard nothing.
    expect((await simLog()).length).toBe(heard);
    // Settings shows the same balance, said to be simulated.
    await page.getByTestId("settings-open").click();
    const inSettings = page.getByTestId("settings-balance-amount");
    await expect(inSettings).toHaveAttribute("data-usd", String(await balanceOf(chat)));
    await expect(page.getByTestId("settings-balance")).toContainText("Simulated");
    await page.keyboard.press("Escape");

    await chat.ask("Hello [sim:quota]");
    await expect(chat.error).toContainText("用户额度不足");
    await expect(page.getByTestId("error-top-up")).toHaveAttribute(
      "href",
      "https://api.apigo.ai/console/topup",
    );
  });

  test("a saved key goes to the gateway, Settings and the badge say so; the simulator is one click away", async ({
    chat,
    page,
    simLog,
  }) => {
    await chat.goto(urls.remote);
    await chat.saveKey("sk-simGatewayE2E1");
    const badge = page.getByTestId("upstream-badge");
    await expect(badge).toHaveAttribute("data-upstream", "remote");
    await expect(badge).toContainText("Gateway · self-hosted");
    await chat.askAndWait("Hello gateway");
    const entry = (await simLog()).filter((e) => e.path === "/v1/chat/completions").at(-1);
    expect(entry?.headers.authorization).toMatch(/E2E1$/);
    expect(entry?.outcome).toBe("completed");

    // The badge opens Settings, which names the upstream and its meaning.
    await badge.click();
    await expect(page.getByTestId("settings-upstream-gateway")).toBeChecked();
    await expect(page.getByTestId("settings-upstream-status")).toContainText("billed to your account");
    await page.keyboard.press("Escape");

    // Back to the simulator, no restart: the stand-in hears nothing more, the demo badge is back.
    await pick(chat, "simulator");
    await expect(page.getByTestId("demo-badge")).toBeVisible();
    const heard = (await simLog()).length;
    await chat.askAndWait("Hello simulator", 2);
    expect((await simLog()).length).toBe(heard);

    await pick(chat, "gateway");
    await expect(badge).toHaveAttribute("data-upstream", "remote");
    await chat.askAndWait("Hello again, gateway", 3);
    const last = (await simLog()).filter((e) => e.path === "/v1/chat/completions").at(-1);
    expect(last?.id).not.toBe(entry?.id);
    expect(last?.headers.authorization).toMatch(/E2E1$/);
  });

  test("an unreachable gateway says so, keeps the prompt, and offers the simulator", async ({
    chat,
    page,
  }) => {
    await chat.goto(urls.unreachable);
    await chat.saveKey("sk-simUnreachable1");
    await chat.ask("Hello, anyone there?");
    await expect(chat.error).toContainText("Gateway unreachable");
    await expect(chat.error).toContainText("could not reach the gateway");
    await expect(chat.input).toHaveValue("Hello, anyone there?");

    await page.getByTestId("language-switch").click();
    await page.getByTestId("language-zh-CN").click();
    await expect(chat.error).toContainText("无法连接网关");
    await page.getByTestId("language-switch").click();
    await page.getByTestId("language-en").click();

    await page.getByTestId("chat-error-use-simulator").click();
    await expect(page.getByTestId("demo-badge")).toBeVisible();
    await expect(chat.metrics).toHaveCount(1, { timeout: slow(30_000) });
    await expect(chat.error).toHaveCount(0);
  });
});
