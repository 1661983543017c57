import { expect, type Locator, type Page } from "@playwright/test";

/** The chat tab as a user sees it: composer, conversation, settings. */
export class ChatPage {
  readonly input: Locator;
  readonly send: Locator;
  readonly stop: Locator;
  readonly assistant: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.input = page.getByTestId("chat-input");
    this.send = page.getByTestId("chat-send");
    this.stop = page.getByTestId("chat-stop");
    this.assistant = page.getByTestId("chat-message-assistant");
    this.error = page.getByTestId("chat-error");
  }

  async goto(baseURL?: string) {
    await this.page.goto(`${baseURL ?? ""}/chat`);
    await expect(this.input).toBeVisible();
  }

  async ask(prompt: string) {
    await this.input.fill(prompt);
    await this.send.click();
  }

  lastReply(): Locator {
    return this.assistant.last();
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
