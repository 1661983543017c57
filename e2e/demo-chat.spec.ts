import { expect, KEYLESS, slow, test } from "./fixtures";

test.describe("demo mode (embedded simulator, no key)", () => {
  test("shows the demo badge and streams a reply token by token", { tag: KEYLESS }, async ({
    chat,
    page,
  }) => {
    await chat.goto();
    await expect(page.getByTestId("demo-badge")).toBeVisible();

    await chat.ask("Explain SSE in one paragraph");
    const reply = chat.lastReply();
    // Sample the reply while it streams: it must be seen partially filled before it completes.
    const lengths: number[] = [];
    await expect
      .poll(
        async () => {
          const text = (await reply.textContent()) ?? "";
          lengths.push(text.length);
          return page.getByTestId("chat-metrics").last().isVisible();
        },
        { intervals: [50], timeout: slow(20_000) },
      )
      .toBe(true);
    const final = ((await reply.textContent()) ?? "").length;
    expect(final).toBeGreaterThan(200);
    const partial = lengths.filter((n) => n > 0 && n < final);
    expect(partial.length).toBeGreaterThanOrEqual(3);
    await expect(page.getByTestId("chat-metrics").last()).toContainText(/stop/);
    await expect(chat.input).toHaveValue("");
  });

  test("Stop aborts a long reply and keeps what arrived", async ({ chat }) => {
    await chat.goto();
    await chat.ask("Write a lot [sim:long]");
    const reply = chat.lastReply();
    await expect.poll(async () => ((await reply.textContent()) ?? "").length).toBeGreaterThan(100);
    await chat.stop.click();
    const atStop = ((await reply.textContent()) ?? "").length;
    await chat.page.waitForTimeout(800);
    const later = ((await reply.textContent()) ?? "").length;
    expect(later - atStop).toBeLessThan(40);
    expect(later).toBeGreaterThan(100);
    await expect(chat.send).toBeEnabled();
  });

  test("a stream cut mid-way keeps its partial text, marked incomplete", async ({ chat, page }) => {
    await chat.goto();
    await chat.ask("Cut me off [sim:cut]");
    await expect(page.getByTestId("chat-incomplete")).toBeVisible();
    expect(((await chat.lastReply().textContent()) ?? "").length).toBeGreaterThan(10);
  });
});
