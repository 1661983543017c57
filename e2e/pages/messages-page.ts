import { expect, type Locator, type Page } from "@playwright/test";

/** The Messages tab as a user sees it: request settings, conversation, composer, inspector, View code. */
export class MessagesPage {
  readonly input: Locator;
  readonly send: Locator;
  readonly stop: Locator;
  readonly replies: Locator;
  readonly error: Locator;
  readonly usage: Locator;

  constructor(readonly page: Page) {
    this.input = page.getByTestId("messages-input");
    this.send = page.getByTestId("messages-send");
    this.stop = page.getByTestId("messages-stop");
    this.replies = page.getByTestId("messages-reply");
    this.error = page.getByTestId("chat-error");
    this.usage = page.getByTestId("messages-usage");
  }

  async goto(baseURL?: string) {
    await this.page.goto(`${baseURL ?? ""}/messages`);
    await expect(this.input).toBeVisible();
    // The form and conversations load from localStorage after the first render.
    await expect(this.page.getByTestId("messages-conversation")).toBeVisible();
  }

  async ask(prompt: string) {
    await this.input.fill(prompt);
    await this.send.click();
  }

  lastReply(): Locator {
    return this.replies.last();
  }

  /** The reply's metrics line (TTFT, total, tok/s, tokens, finish) once it settled. */
  lastMetrics(): Locator {
    return this.page.getByTestId("chat-metrics").last();
  }

  usageField(name: string): Locator {
    return this.page.getByTestId(`messages-usage-${name}`).last().locator("dd");
  }

  async setThinking(on: boolean) {
    await this.page.getByTestId("messages-thinking").setChecked(on);
  }

  async setStream(on: boolean) {
    await this.page.getByTestId("messages-stream").setChecked(on);
  }

  async setSystem(text: string, cache: boolean) {
    await this.page.getByTestId("messages-system").fill(text);
    await this.page.getByTestId("messages-cache-system").setChecked(cache);
  }

  async openInspector(): Promise<Locator> {
    await this.page.getByTestId("messages-inspector-open").click();
    const dialog = this.page.getByRole("dialog");
    await expect(dialog.getByTestId("inspector")).toBeVisible();
    return dialog;
  }

  /** The cURL snippet of View code, as text. */
  async curlCode(): Promise<string> {
    await this.page.getByTestId("messages-code-open").click();
    const dialog = this.page.getByRole("dialog");
    await dialog.getByTestId("code-lang-curl").click();
    const code = dialog.getByTestId("code-view-text").locator("pre code").first();
    await expect(code).toContainText("curl");
    return (await code.textContent()) ?? "";
  }

  async saveKey(key: string) {
    await this.page.getByTestId("settings-open").click();
    await this.page.getByTestId("settings-key-input").fill(key);
    await this.page.getByTestId("settings-key-save").click();
    await expect(this.page.getByTestId("settings-key-hint")).toContainText(key.slice(-4));
    await this.page.keyboard.press("Escape");
  }
}
