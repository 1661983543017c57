import { expect, KEYLESS, slow, test, urls } from "./fixtures";

test.describe("remote upstream (the simulator over HTTP, like the real gateway)", () => {
  test("without a key the app says to add one; with a key the chat streams", { tag: KEYLESS }, async ({
    chat,
    page,
    simLog,
  }) => {
    await chat.goto(urls.remote);
    await expect(page.getByTestId("demo-badge")).toBeHidden();
    await chat.ask("Hello gateway");
    await expect(chat.error).toContainText("401");
    await expect(chat.error).toContainText(/API key/);

    await chat.saveKey("sk-simRemoteE2E1");
    await chat.send.click();
    await expect(page.getByTestId("chat-metrics").last()).toBeVisible({ timeout: slow(20_000) });
    const entry = (await simLog()).filter((e) => e.path === "/v1/chat/completions").at(-1);
    expect(entry?.headers.authorization).toMatch(/E2E1$/);
    expect(entry?.headers.authorization).not.toContain("simRemoteE2E1");
    expect(entry?.outcome).toBe("completed");
  });

  test("Stop in the browser cancels the upstream request", async ({ chat, simLog }) => {
    await chat.goto(urls.remote);
    await chat.saveKey("sk-simRemoteE2E2");
    await chat.ask("A long one please [sim:long]");
    await expect.poll(async () => ((await chat.lastReply().textContent()) ?? "").length).toBeGreaterThan(50);
    await chat.stop.click();
    await expect
      .poll(async () => (await simLog()).filter((e) => e.path === "/v1/chat/completions").at(-1)?.outcome, {
        timeout: slow(10_000),
      })
      .toBe("aborted");
  });
});
