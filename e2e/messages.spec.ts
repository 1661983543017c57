import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { test as base, expect, liveTps, slow, urls } from "./fixtures";
import { MessagesPage } from "./pages/messages-page";

const run = promisify(execFile);
const test = base.extend<{ messages: MessagesPage }>({
  messages: async ({ page }, use) => {
    await use(new MessagesPage(page));
  },
});

test.describe("Messages tab (/v1/messages on the embedded simulator)", () => {
  test("streams thinking, then text, live; the inspector lists the timed SSE events", async ({
    messages,
    page,
  }) => {
    await messages.goto();
    await messages.setThinking(true);
    await messages.ask(`Think first, then explain prompt caching ${liveTps(25)}`);
    const reply = messages.lastReply();
    const reasoning = reply.getByTestId("chat-reasoning");
    // Live: the thinking block is open and streaming before any text block exists.
    await expect(reasoning).toHaveAttribute("open", "");
    await expect(reasoning).toContainText(/\w{3,}/);
    await expect(reply.getByTestId("markdown")).toHaveCount(0);
    await expect(messages.lastMetrics()).toBeVisible({ timeout: slow(20_000) });
    await expect(reply.getByTestId("markdown")).toContainText(/prompt caching/i);
    // Thinking is rendered before the text, and folds once it is done.
    const order = await reply.evaluate((el) =>
      [...el.querySelectorAll('[data-testid="chat-reasoning"], [data-testid="markdown"]')].map((n) =>
        n.getAttribute("data-testid"),
      ),
    );
    expect(order).toEqual(["chat-reasoning", "markdown"]);
    await expect(reasoning).not.toHaveAttribute("open", "");
    await expect(messages.lastMetrics()).toContainText(/TTFT .*tok\/s/);
    await expect(messages.lastMetrics()).toContainText("end_turn");

    const dialog = await messages.openInspector();
    await expect(dialog.getByTestId("inspector-request-line")).toContainText("POST /api/apigo/v1/messages");
    await expect(dialog.getByTestId("inspector")).toContainText("anthropic-version: 2023-06-01");
    await expect(dialog.getByTestId("inspector")).toContainText("vendor: ClaudeCode");
    await expect(dialog.getByTestId("inspector-request-body")).toContainText('"budget_tokens"');
    const events = dialog.getByTestId("inspector-events").locator("tbody tr");
    await expect(events.first()).toContainText("message_start");
    await expect(events.last()).toContainText("message_stop");
    await expect(dialog.getByTestId("inspector-events")).toContainText("ping");
    await expect(events.first().locator("td").first()).toHaveText(/^\d[\d,]* ms$/);
    await page.keyboard.press("Escape");
    // Each reply opens its own exchange, also after later requests.
    await messages.ask("Busy? [sim:status=529]");
    await expect(messages.error).toBeVisible();
    await page.getByTestId("messages-reply-inspect").first().click();
    await expect(page.getByRole("dialog").getByTestId("inspector-status")).toContainText("200");
  });

  test("shows usage with cache writes, cache reads, the TTL breakdown, service tier and vendor", async ({
    messages,
  }) => {
    await messages.goto();
    await messages.setSystem("You are a meticulous API reviewer. ".repeat(20), true);
    await messages.ask("First question");
    await expect(messages.lastMetrics()).toBeVisible();
    expect(Number(await messages.usageField("cache_creation_input_tokens").textContent())).toBeGreaterThan(0);
    await expect(messages.usageField("cache_creation")).toHaveText(/^5m [1-9]\d* · 1h 0$/);
    await expect(messages.usageField("cache_read_input_tokens")).toHaveText("0");
    await expect(messages.usageField("service_tier")).toHaveText("standard");
    await expect(messages.usageField("output_tokens")).toHaveText(/^[1-9]/);

    // The second turn repeats the cached prefix; non-stream replies echo the vendor header.
    await messages.setStream(false);
    await messages.ask("Second question");
    await expect(messages.replies).toHaveCount(2);
    await expect(messages.lastMetrics()).toBeVisible();
    expect(Number(await messages.usageField("cache_read_input_tokens").textContent())).toBeGreaterThan(0);
    await expect(messages.usageField("vendor")).toHaveText("ClaudeCode");
  });

  test("Stop ends a long reply mid-stream and keeps what arrived", async ({ messages, page }) => {
    await messages.goto();
    await messages.ask("Write a lot [sim:long]");
    const reply = messages.lastReply();
    await expect.poll(async () => ((await reply.textContent()) ?? "").length).toBeGreaterThan(100);
    await messages.stop.click();
    await expect(page.getByTestId("chat-stopped")).toBeVisible();
    const atStop = ((await reply.textContent()) ?? "").length;
    await page.waitForTimeout(800);
    const later = ((await reply.textContent()) ?? "").length;
    expect(later - atStop).toBeLessThan(40);
    expect(later).toBeGreaterThan(100);
    await expect(messages.send).toBeEnabled();
  });

  test("a stream cut without message_stop keeps its text, marked incomplete", async ({ messages, page }) => {
    await messages.goto();
    await messages.ask("Cut me off [sim:cut]");
    await expect(page.getByTestId("chat-incomplete")).toBeVisible();
    expect(((await messages.lastReply().textContent()) ?? "").length).toBeGreaterThan(10);
    await expect(messages.error).toBeHidden();
    // Not "Reply finished", and no output count or speed from message_start's placeholder (#19, 6).
    await expect(page.getByTestId("reply-announcer")).toHaveText(/cut off/);
    await expect(messages.lastMetrics()).not.toContainText(/Completion|tok\/s/);
    await expect(page.getByTestId("messages-usage-output_tokens")).toHaveCount(0);
  });

  test("new-api's bare mid-stream error is shown as an error, the partial text kept", async ({
    messages,
  }) => {
    await messages.goto();
    await messages.ask("Fail half way [sim:midstream-error]");
    await expect(messages.error).toContainText("Overloaded");
    await expect(messages.error).toContainText("overloaded_error");
    expect(((await messages.lastReply().textContent()) ?? "").length).toBeGreaterThan(5);
  });

  test("a 401 (OpenAI-shaped, from the gateway) says to check the key and keeps the prompt", async ({
    messages,
  }) => {
    await messages.goto();
    await messages.saveKey("sk-wrongkey0000");
    await messages.ask("Hello with a bad key");
    await expect(messages.error).toContainText("HTTP 401");
    await expect(messages.error).toContainText(/Invalid token/);
    await expect(messages.error.getByTestId("chat-error-settings")).toBeVisible();
    await expect(messages.input).toHaveValue("Hello with a bad key");
  });

  test("a 529 overloaded error (new-api's Claude shape) is shown with its message and the prompt kept", async ({
    messages,
  }) => {
    await messages.goto();
    await messages.ask("Busy? [sim:status=529]");
    await expect(messages.error).toContainText("HTTP 529");
    // types/error.go ToClaudeError: the upstream's message with new-api's request id, type "<nil>"
    // (not shown), and the advice for a failed upstream.
    await expect(messages.error).toContainText(/Overloaded \(request id: \w+\)/);
    await expect(messages.error).not.toContainText("<nil>");
    await expect(messages.error).toContainText("retry, or try another model");
    await expect(messages.input).toHaveValue("Busy? [sim:status=529]");
    await expect(messages.replies).toHaveCount(0);
  });

  test("View code: the cURL snippet runs against the server and returns 200", async ({ messages }) => {
    await messages.goto();
    await messages.setThinking(true);
    await messages.input.fill("Say 'hi' from cURL");
    const code = await messages.curlCode();
    expect(code).toContain("x-api-key: YOUR_API_KEY");
    expect(code).toContain("Anthropic-Version: 2023-06-01");
    expect(code).toContain("vendor: ClaudeCode");
    const runnable = code
      .replaceAll("https://api.apigo.ai", `${urls.demo}/api/apigo`)
      .replaceAll("YOUR_API_KEY", "sk-demo")
      .replace(/^curl /, `curl -sS -o /dev/null -w '%{http_code}' `);
    const { stdout } = await run("bash", ["-c", runnable], { timeout: slow(30_000) });
    expect(stdout.trim()).toBe("200");
  });

  test("conversations survive a reload", async ({ messages, page }) => {
    await messages.goto();
    await messages.ask("Remember me");
    await expect(messages.lastMetrics()).toBeVisible();
    await page.reload();
    await expect(messages.lastReply()).toContainText(/Remember me/);
    await expect(page.getByTestId("messages-conversation")).toContainText("Remember me");
  });

  test("a reply cut by a reload is marked interrupted, with no made-up metrics (#19, 6)", async ({
    messages,
    page,
  }) => {
    await messages.goto();
    await messages.ask("Long, then reloaded [sim:long]");
    // The simulator's answer opens with a heading, then quotes the prompt: wait until that has arrived.
    const quote = 'You asked: "Long, then reloaded"';
    await expect(messages.lastReply()).toContainText(quote);
    await page.reload();
    // What had arrived is kept.
    await expect(messages.lastReply()).toContainText(quote);
    await expect(page.getByTestId("chat-interrupted")).toBeVisible();
    await expect(page.getByTestId("chat-metrics")).toHaveCount(0);
  });
});
