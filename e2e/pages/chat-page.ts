import { expect, type Locator, type Page } from "@playwright/test";

/** The chat tab as a user sees it: composer, conversation, parameters, inspector, settings. */
export class ChatPage {
  readonly input: Locator;
  readonly send: Locator;
  readonly stop: Locator;
  readonly assistant: Locator;
  readonly error: Locator;
  readonly metrics: Locator;

  constructor(readonly page: Page) {
    this.input = page.getByTestId("chat-input");
    this.send = page.getByTestId("chat-send");
    this.stop = page.getByTestId("chat-stop");
    this.assistant = page.getByTestId("chat-message-assistant");
    this.error = page.getByTestId("chat-error");
    this.metrics = page.getByTestId("chat-metrics");
  }

  async goto(baseURL?: string) {
    await this.page.goto(`${baseURL ?? ""}/chat`);
    await expect(this.input).toBeVisible();
  }

  async ask(prompt: string) {
    await this.input.fill(prompt);
    await this.send.click();
  }

  /** Asks and waits until the reply has settled (its metrics line shows). */
  async askAndWait(prompt: string, replies = 1) {
    await this.ask(prompt);
    await expect(this.metrics).toHaveCount(replies, { timeout: 30_000 });
  }

  lastReply(): Locator {
    return this.assistant.last();
  }

  async setModel(model: string) {
    await this.page.getByTestId("chat-model-input").fill(model);
    await this.page.keyboard.press("Tab");
  }

  /** Switches a parameter on (with a value) or off. */
  async param(name: string, value: string | false) {
    const toggle = this.page.getByTestId(`param-${name}-toggle`);
    if (value === false) {
      await toggle.uncheck();
      return;
    }
    await toggle.check();
    await this.page.getByTestId(`param-${name}-input`).fill(value);
  }

  /** Opens the inspector of the last reply and returns the request body it shows. */
  async inspectLastReply(): Promise<Record<string, unknown>> {
    await this.page.getByTestId("chat-message").last().getByTestId("chat-action-inspect").click();
    const body = this.page.getByTestId("inspector-request-body").locator("pre");
    const parsed = JSON.parse((await body.textContent()) ?? "{}") as Record<string, unknown>;
    return parsed;
  }

  async closeDialog() {
    await this.page.keyboard.press("Escape");
    await expect(this.page.getByRole("dialog")).toBeHidden();
  }

  async saveKey(key: string) {
    await this.page.getByTestId("settings-open").click();
    await this.page.getByTestId("settings-key-input").fill(key);
    await this.page.getByTestId("settings-key-save").click();
    await expect(this.page.getByTestId("settings-key-hint")).toContainText(key.slice(-4));
    await this.page.keyboard.press("Escape");
  }

  async forgetKey() {
    await this.page.getByTestId("settings-open").click();
    await this.page.getByTestId("settings-key-forget").click();
    await this.page.keyboard.press("Escape");
  }
}
