import { expect, slow, test } from "./fixtures";

// Model output, model ids and upstream error messages are hostile input: they render as text.
// The simulator quotes the user's message in its answer, so a prompt puts the payloads into the
// model output that the chat's markdown renderer receives.
const payloads = [
  "<img src=x onerror=\"window.__xss='img'\">",
  "<script>window.__xss='script'</script>",
  "[click me](javascript:window.__xss='link')",
  "![pic](https://example.invalid/tracker.png)",
  "<a href=\"javascript:window.__xss='a'\">raw link</a>",
];

test.describe("hostile content renders inert", () => {
  test("XSS payloads in model output stay inert; remote images wait for a click", async ({ chat, page }) => {
    test.setTimeout(slow(90_000));
    const remote: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("example.invalid")) remote.push(r.url());
    });
    await chat.goto();
    // The simulator quotes up to 80 characters of the question: one payload per turn.
    for (const [i, payload] of payloads.entries()) {
      await chat.askAndWait(payload, i + 1);
      await expect(chat.lastReply()).toContainText("You asked");
    }
    const replies = chat.assistant;
    expect(await replies.locator("script, iframe, object, embed").count()).toBe(0);
    expect(await replies.locator("img[src='x'], [onerror]").count()).toBe(0);
    expect(await replies.locator("a[href^='javascript' i]").count()).toBe(0);
    expect(await page.evaluate(() => (window as { __xss?: string }).__xss)).toBeUndefined();
    expect(remote).toEqual([]);
  });

  test("a hostile model id comes back in the error message as text", async ({ chat, page }) => {
    await chat.goto();
    await chat.setModel("<img src=x onerror=\"window.__xss='model'\">");
    await chat.ask("Hello");
    await expect(chat.error).toContainText("<img src=x onerror=");
    expect(await chat.error.locator("img").count()).toBe(0);
    expect(await page.evaluate(() => (window as { __xss?: string }).__xss)).toBeUndefined();
  });
});
