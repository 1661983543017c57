import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, liveTps, slow, test, urls } from "./fixtures";

const run = promisify(execFile);

test.describe("chat console", () => {
  test("streams reasoning live, then renders markdown with a table and highlighted code", async ({
    chat,
    page,
  }) => {
    await chat.goto();
    await chat.setModel("deepseek-reasoner");
    // Slow tokens so the live reasoning state lasts long enough to be seen.
    await chat.ask(`Explain streaming ${liveTps(25)}`);
    await expect(page.getByTestId("chat-reasoning")).toHaveAttribute("open", "");
    await expect(page.getByTestId("chat-reasoning")).toContainText(/Thinking…/);
    await expect(chat.metrics).toHaveCount(1, { timeout: slow(30_000) });
    const reply = chat.lastReply();
    await expect(page.getByTestId("chat-reasoning")).not.toHaveAttribute("open", "");
    await expect(page.getByTestId("chat-reasoning")).toContainText(/Thought for \d+ s/);
    await expect(reply.locator("table")).toBeVisible();
    await expect(reply.locator("pre code.hljs")).toBeVisible();
    await expect(chat.metrics).toContainText(
      /TTFT .*Total .*tok\/s.*Prompt \d+.*Completion \d+.*Reasoning \d+.*Finish: stop/,
    );
  });

  test("Esc stops the stream and the upstream sees its connection closed", async ({ chat, simLog }) => {
    await chat.goto(urls.remote);
    await chat.saveKey("sk-simConsoleStop1");
    await chat.ask("Long please [sim:long]");
    await expect.poll(async () => ((await chat.lastReply().textContent()) ?? "").length).toBeGreaterThan(50);
    await chat.input.press("Escape");
    await expect(chat.page.getByTestId("chat-stopped")).toBeVisible();
    await expect
      .poll(async () => (await simLog()).filter((e) => e.path === "/v1/chat/completions").at(-1)?.outcome, {
        timeout: slow(10_000),
      })
      .toBe("aborted");
  });

  test("edit and resend asks the new question; the old one and its answer stay as version 1", async ({
    chat,
    page,
  }) => {
    await chat.goto();
    await chat.askAndWait("first question");
    const user = page.getByTestId("chat-message").first();
    await user.getByTestId("chat-action-edit").click();
    await page.getByTestId("chat-edit-input").fill("second question");
    await page.getByTestId("chat-edit-resend").click();
    await expect(chat.lastReply()).toContainText("second question", { timeout: slow(30_000) });
    await expect(page.getByTestId("chat-message")).toHaveCount(2);
    await expect(page.getByTestId("chat-message-user")).toHaveText("second question");
    await expect(user.getByTestId("turn-version-position")).toHaveText("2/2");
    await user.getByTestId("turn-version-previous").click();
    await expect(page.getByTestId("chat-message-user")).toHaveText("first question");
    await expect(chat.lastReply()).toContainText("first question");
  });

  test("parameters switched off are absent from the request body in the inspector", async ({ chat }) => {
    await chat.goto();
    await chat.param("temperature", "0.3");
    await chat.param("seed", "7");
    await chat.askAndWait("with params");
    const body = await chat.inspectLastReply();
    expect(body).toMatchObject({ temperature: 0.3, seed: 7, stream: true });
    for (const off of [
      "top_p",
      "max_tokens",
      "presence_penalty",
      "frequency_penalty",
      "stop",
      "response_format",
    ]) {
      expect(body, off).not.toHaveProperty(off);
    }
    await expect(chat.page.getByTestId("inspector-status")).toContainText("200");
    await expect(chat.page.getByTestId("inspector-events")).toContainText("[DONE]");
    await chat.closeDialog();

    await chat.param("temperature", false);
    await chat.page.getByTestId("param-stream-toggle").uncheck();
    await chat.askAndWait("without temperature", 2);
    const second = await chat.inspectLastReply();
    expect(second).toMatchObject({ seed: 7, stream: false });
    expect(second).not.toHaveProperty("temperature");
    expect(second).not.toHaveProperty("stream_options");
    await expect(chat.page.getByTestId("inspector-raw-body")).toContainText("chat.completion");
  });

  test("a length finish shows a notice and Continue extends the same reply", async ({ chat, page }) => {
    await chat.goto();
    await chat.param("max_tokens", "25");
    await chat.askAndWait("Tell me everything");
    await expect(page.getByTestId("chat-length-notice")).toBeVisible();
    const before = ((await chat.lastReply().textContent()) ?? "").length;
    await page.getByTestId("chat-continue").click();
    await expect
      .poll(async () => ((await chat.lastReply().textContent()) ?? "").length)
      .toBeGreaterThan(before);
    await expect(chat.assistant).toHaveCount(1);
    const body = await chat.inspectLastReply();
    const messages = body.messages as { role: string }[];
    expect(messages.at(-1)?.role).toBe("assistant");
  });

  for (const status of [400, 429, 500, 503, 529]) {
    test(`HTTP ${status} from the upstream shows status, message and request id, and keeps the prompt`, async ({
      chat,
    }) => {
      await chat.goto();
      const prompt = `fail please [sim:status=${status}]`;
      await chat.ask(prompt);
      await expect(chat.error).toContainText(String(status));
      await expect(chat.page.getByTestId("chat-error-message")).not.toBeEmpty();
      await expect(chat.error).toContainText(/Request id|请求/);
      await expect(chat.input).toHaveValue(prompt);
    });
  }

  test("an error in the middle of the stream keeps the partial text", async ({ chat }) => {
    await chat.goto();
    await chat.ask("break [sim:midstream-error]");
    await expect(chat.error).toContainText(/inside the stream|流/);
    expect(((await chat.lastReply().textContent()) ?? "").length).toBeGreaterThan(5);
  });

  test("a cut stream is marked incomplete", async ({ chat, page }) => {
    await chat.goto();
    await chat.ask("cut [sim:cut]");
    await expect(page.getByTestId("chat-incomplete")).toBeVisible();
    // The live region does not call a cut reply finished (#19, 6).
    await expect(page.getByTestId("reply-announcer")).toHaveText(/cut off/);
  });

  test("a reply cut by a reload is marked interrupted after it (#19, 6)", async ({ chat, page }) => {
    await chat.goto();
    await chat.ask("Long, then reloaded [sim:long]");
    // The simulator's answer opens with a heading, then quotes the prompt: wait until that has arrived.
    const quote = 'You asked: "Long, then reloaded"';
    await expect(chat.lastReply()).toContainText(quote);
    await page.reload();
    // What had arrived is kept.
    await expect(chat.lastReply()).toContainText(quote);
    await expect(page.getByTestId("chat-interrupted")).toBeVisible();
  });

  test("conversations survive a reload", async ({ chat, page }) => {
    await chat.goto();
    await chat.askAndWait("alpha conversation");
    await page.getByTestId("chat-new").click();
    await expect(page.getByTestId("chat-empty")).toBeVisible();
    await chat.askAndWait("beta conversation");
    await page.reload();
    await expect(page.getByTestId("chat-conversation")).toHaveCount(2);
    await expect(page.getByTestId("chat-message-user")).toHaveText("beta conversation");
    await page.getByTestId("chat-conversation").filter({ hasText: "alpha" }).click();
    await expect(page.getByTestId("chat-message-user")).toHaveText("alpha conversation");
    await expect(chat.metrics).toHaveCount(1);
  });

  test("View code: the cURL snippet runs against the simulator and returns 200", async ({ chat, page }) => {
    await chat.goto();
    await chat.param("temperature", "0.5");
    await chat.input.fill("hello from curl");
    await page.getByTestId("chat-view-code").click();
    await page.getByTestId("code-lang-curl").click();
    const code = (await page.getByTestId("code-view-text").locator("pre").textContent()) ?? "";
    expect(code).toContain("YOUR_API_KEY");
    expect(code).toContain("https://api.apigo.ai/v1/chat/completions");
    expect(code).toContain('"temperature": 0.5');
    const runnable = code
      .replace("https://api.apigo.ai", `${urls.demo}/api/apigo`)
      .replace("YOUR_API_KEY", "sk-demo")
      .replace(/^curl /, "curl -sS -w '\\nHTTP_STATUS:%{http_code}' ");
    const { stdout } = await run("bash", ["-c", runnable], { timeout: slow(30_000) });
    expect(stdout).toContain("HTTP_STATUS:200");
    expect(stdout).toContain("chat.completion.chunk");
    expect(stdout).toContain("data: [DONE]");
  });
});
