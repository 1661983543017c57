import { expect, type Locator, type Page } from "@playwright/test";
import { slow } from "../machine";
import type { ComposerTabPage } from "./tab-page";

/** The tool editor and the tool call cards, as chat and Messages show them. */
export class ToolsPanel {
  readonly calls: Locator;
  constructor(
    readonly page: Page,
    private readonly openButton: string,
  ) {
    this.calls = page.getByTestId("tool-call");
  }

  /** Opens the editor, adds a template, sets tool choice and parallel calls, closes it. */
  async define(template: string, options: { choice?: string; parallel?: string } = {}) {
    await this.page.getByTestId(this.openButton).click();
    const dialog = this.page.getByTestId("tools-dialog");
    await dialog.getByTestId("tools-add").selectOption(template);
    await expect(dialog.getByTestId("tool-name").last()).toHaveValue(template);
    if (options.choice) await dialog.getByTestId("tools-choice").selectOption(options.choice);
    if (options.parallel) await dialog.getByTestId("tools-parallel").selectOption(options.parallel);
    await this.page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
  }

  /** Waits until `count` calls wait for a result (their arguments complete). */
  async waitForCalls(count: number) {
    await expect(this.page.getByTestId("tool-answer")).toHaveCount(count, { timeout: slow(30_000) });
    await expect(this.calls).toHaveCount(count);
  }

  /** Opens a tab with a key and get_weather, asks, and waits until the model's calls wait for results. */
  async callFrom(
    tab: ComposerTabPage & { goto: (base: string) => Promise<void> },
    setup: { base: string; key: string; prompt: string; calls?: number },
  ) {
    await tab.goto(setup.base);
    await tab.saveKey(setup.key);
    await this.define("get_weather");
    await tab.ask(setup.prompt);
    await this.waitForCalls(setup.calls ?? 1);
  }
}
