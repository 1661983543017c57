import { expect, type Locator, type Page } from "@playwright/test";

/** What every tab's page object shares: the page, opening the tab's address, and the settings key. */
export abstract class TabPage {
  constructor(
    readonly page: Page,
    private readonly path: string,
  ) {}

  protected byTestId(id: string): Locator {
    return this.page.getByTestId(id);
  }

  /** Opens the tab (on another origin when `baseURL` is given, e.g. the remote-upstream app). */
  protected async open(baseURL?: string, search = "") {
    await this.page.goto(`${baseURL ?? ""}${this.path}${search}`);
  }

  /** Saves an API key in the settings dialog, checks its hint shows the last four characters, closes it. */
  async saveKey(key: string) {
    await this.byTestId("settings-open").click();
    await this.byTestId("settings-key-input").fill(key);
    await this.byTestId("settings-key-save").click();
    await expect(this.byTestId("settings-key-hint")).toContainText(key.slice(-4));
    await this.page.keyboard.press("Escape");
  }
}

/** A tab with one prompt box and a Send button (chat, messages, compare). */
export abstract class ComposerTabPage extends TabPage {
  abstract readonly input: Locator;
  abstract readonly send: Locator;

  async ask(prompt: string) {
    await this.input.fill(prompt);
    await this.send.click();
  }
}
