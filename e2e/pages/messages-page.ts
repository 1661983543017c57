import { expect, type Locator, type Page } from "@playwright/test";
import { ComposerTabPage } from "./tab-page";

/** The Messages tab as a user sees it: request settings, conversation, composer, inspector, View code. */
export class MessagesPage extends ComposerTabPage {
  readonly input = this.byTestId("messages-input");
  readonly send = this.byTestId("messages-send");
  readonly stop = this.byTestId("messages-stop");
  readonly replies = this.byTestId("messages-reply");
  readonly error = this.byTestId("chat-error");
  readonly usage = this.byTestId("messages-usage");

  constructor(page: Page) {
    super(page, "/messages");
  }

  async goto(baseURL?: string) {
    await this.open(baseURL);
    // The composer shows once the saved conversations have loaded (open() waited for data-hydrated).
    await expect(this.input).toBeVisible();
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
}
