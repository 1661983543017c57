import { expect, type Locator, type Page } from "@playwright/test";
import { slow } from "../machine";
import { ComposerTabPage } from "./tab-page";

export interface PaneSpec {
  api?: "chat-completions" | "messages";
  model?: string;
  vendor?: string;
  /** The pane's own system prompt (instead of the shared one). */
  system?: string;
}

/** The compare tab as a user sees it: panes, one prompt box, Stop all, the summary table. */
export class ComparePage extends ComposerTabPage {
  readonly panes = this.byTestId("compare-pane");
  readonly input = this.byTestId("compare-input");
  readonly send = this.byTestId("compare-send");
  readonly stopAll = this.byTestId("compare-stop-all");
  readonly summary = this.byTestId("compare-summary");

  constructor(page: Page) {
    super(page, "/compare");
  }

  async goto(baseURL?: string, search = "") {
    await this.open(baseURL, search);
    // The setup is read from the URL (or a forked share) after the first render.
    await expect(this.page.locator("[data-testid=compare-view][data-ready]")).toBeVisible();
  }

  pane(index: number): Locator {
    return this.panes.nth(index);
  }

  async addPane() {
    await this.page.getByTestId("compare-add-pane").click();
  }

  /** A pane's thread: the box its conversation scrolls in. */
  thread(index: number): Locator {
    return this.pane(index).getByTestId("pane-messages");
  }

  /** Unfolds a pane's setup line into its API, vendor and model fields. */
  async openSetup(index: number) {
    const setup = this.pane(index).getByTestId("pane-setup");
    if ((await setup.getAttribute("open")) === null) await setup.locator("summary").click();
    await expect(this.pane(index).getByTestId("pane-api")).toBeVisible();
  }

  /** Sets a pane up through its own fields, like a user. */
  async setPane(index: number, spec: PaneSpec) {
    const pane = this.pane(index);
    if (spec.api || spec.model !== undefined || spec.vendor !== undefined) await this.openSetup(index);
    if (spec.api) await pane.getByTestId("pane-api").selectOption(spec.api);
    if (spec.model !== undefined) {
      await pane.getByTestId("pane-model-input").fill(spec.model);
      await pane.getByTestId("pane-model-input").press("Tab");
    }
    if (spec.vendor !== undefined) await pane.getByTestId("pane-vendor").fill(spec.vendor);
    if (spec.system !== undefined) {
      await pane.getByTestId("pane-params").locator("summary").click();
      await pane.getByTestId("pane-own-system").check();
      await pane.getByTestId("pane-system").fill(spec.system);
      await pane.getByTestId("pane-params").locator("summary").click();
    }
    await this.addressSettled();
  }

  /** The address follows the setup within 250 ms (throttled writes): wait before reading or copying it. */
  async addressSettled() {
    await this.page.waitForTimeout(300);
  }

  /** Makes the page hold exactly these panes (2–6). */
  async setPanes(specs: PaneSpec[]) {
    while ((await this.panes.count()) < specs.length) await this.addPane();
    for (const [i, spec] of specs.entries()) await this.setPane(i, spec);
  }

  /** Waits until every pane's latest reply has settled (its metrics line shows) or failed. */
  async waitAllSettled(timeout = slow(30_000)) {
    await expect(this.page.locator("[data-testid=compare-pane][data-status=running]")).toHaveCount(0, {
      timeout,
    });
  }

  /** Waits until a pane's latest reply shows more than `chars` characters (it is streaming). */
  async replyLongerThan(index: number, chars: number) {
    await expect
      .poll(async () => ((await this.reply(index).textContent()) ?? "").length, { timeout: slow(15_000) })
      .toBeGreaterThan(chars);
  }

  reply(index: number): Locator {
    return this.pane(index).getByTestId("messages-reply").last();
  }

  metrics(index: number): Locator {
    return this.pane(index).getByTestId("chat-metrics").last();
  }

  /** A summary cell of one pane (1-based, as labelled) and metric. */
  summaryCell(pane: number, metric: string): Locator {
    return this.summary
      .locator(`[data-testid=summary-row][data-pane="${pane}"]`)
      .getByTestId(`summary-${metric}`);
  }

  async rank(pane: number, metric: string): Promise<number | undefined> {
    const value = await this.summaryCell(pane, metric).getAttribute("data-rank");
    return value ? Number(value) : undefined;
  }
}
