import { expect, KEYLESS, slow, test, urls } from "./fixtures";

test.describe("remote upstream (the simulator over HTTP, like the real gateway)", () => {
  test("without a key the embedded simulator answers (demo); with a key the chat goes to the gateway", {
    tag: KEYLESS,
  }, async ({ chat, page, simLog }) => {
    await chat.goto(urls.remote);
    await expect(page.getByTestId("demo-badge")).toBeVisible();
    const before = (await simLog()).length;
    await chat.ask("Hello demo");
    await expect(page.getByTestId("chat-metrics").last()).toBeVisible({ timeout: slow(20_000) });
    // The stand-in gateway heard nothing: the keyless demo runs in-process.
    expect((await simLog()).length).toBe(before);

    await chat.saveKey("sk-simRemoteE2E1");
    await chat.ask("Hello gateway");
    await expect(page.getByTestId("chat-metrics").nth(1)).toBeVisible({ timeout: slow(20_000) });
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
