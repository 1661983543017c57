import { expect, type Locator, type Page } from "@playwright/test";
import { TabPage } from "./tab-page";

/** The Evaluate tab as a user sees it: prompt, cases, columns, graders, Run all, the grid and summary. */
export class EvaluatePage extends TabPage {
  readonly cells = this.byTestId("eval-cell");
  readonly summaryRows = this.byTestId("eval-summary-row");
  readonly runAll = this.byTestId("eval-run-all");

  constructor(page: Page) {
    super(page, "/evaluate");
  }

  async goto(baseURL?: string) {
    await this.open(baseURL);
    await expect(this.page.locator("[data-testid=evaluate-view][data-ready]")).toBeVisible();
  }

  async setMessage(text: string) {
    await this.byTestId("eval-message-content").first().fill(text);
  }

  async importCases(name: string, text: string) {
    await this.byTestId("eval-import-file").setInputFiles({
      name,
      mimeType: "text/csv",
      buffer: Buffer.from(text),
    });
  }

  async addColumn(model: string) {
    const form = this.byTestId("eval-column-form");
    await form.getByTestId("eval-column-model-input").fill(model);
    await form.getByTestId("eval-column-model-input").press("Tab");
    await form.getByTestId("eval-column-add").click();
  }

  async addGrader(kind: string, value: string) {
    await this.byTestId("eval-add-grader").click();
    const grader = this.byTestId("eval-grader").last();
    await grader.getByTestId("eval-grader-kind").selectOption(kind);
    await grader.getByTestId("eval-grader-value").fill(value);
  }

  async setConcurrency(n: number) {
    await this.byTestId("eval-concurrency").fill(String(n));
  }

  cellsWith(status: string): Locator {
    return this.page.locator(`[data-testid=eval-cell][data-status=${status}]`);
  }
}
