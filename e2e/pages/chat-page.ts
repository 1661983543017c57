import { expect, type Locator, type Page } from "@playwright/test";
import { slow } from "../machine";
import { ComposerTabPage } from "./tab-page";

/** The chat tab as a user sees it: composer, conversation, parameters, inspector, settings. */
export class ChatPage extends ComposerTabPage {
  readonly input = this.byTestId("chat-input");
  readonly send = this.byTestId("chat-send");
  readonly stop = this.byTestId("chat-stop");
  readonly assistant = this.byTestId("chat-message-assistant");
  readonly error = this.byTestId("chat-error");
  readonly metrics = this.byTestId("chat-metrics");

  constructor(page: Page) {
    super(page, "/chat");
  }

  async goto(baseURL?: string) {
    await this.open(baseURL);
    await expect(this.input).toBeVisible();
  }

  /** Asks and waits until the reply has settled (its metrics line shows). */
  async askAndWait(prompt: string, replies = 1) {
    await this.ask(prompt);
    await expect(this.metrics).toHaveCount(replies, { timeout: slow(30_000) });
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

  async forgetKey() {
    await this.page.getByTestId("settings-open").click();
    await this.page.getByTestId("settings-key-forget").click();
    await this.page.keyboard.press("Escape");
  }
}
