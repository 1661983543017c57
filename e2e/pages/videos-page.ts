import { expect, type Locator, type Page } from "@playwright/test";
import { slow } from "../machine";
import { TabPage } from "./tab-page";

export interface JobOptions {
  model?: string;
  seconds?: "4" | "8" | "12";
  size?: string;
}

/** The videos tab as a user sees it: the create form and the job list. */
export class VideosPage extends TabPage {
  readonly prompt = this.byTestId("videos-prompt");
  readonly model = this.byTestId("videos-model");
  readonly size = this.byTestId("videos-size");
  readonly seconds = this.byTestId("videos-seconds");
  readonly reference = this.byTestId("videos-reference");
  readonly create = this.byTestId("videos-create");
  readonly formError = this.byTestId("videos-form-error");
  readonly jobs = this.byTestId("video-job");

  constructor(page: Page) {
    super(page, "/videos");
  }

  async goto(baseURL?: string) {
    await this.open(baseURL);
    await expect(this.create).toBeVisible();
    // The model is filled in once the models list (or its fallback) is known.
    await expect(this.model).not.toHaveValue("");
  }

  /** Fills the form and creates a job; resolves once the new job heads the list. */
  async createJob(prompt: string, options: JobOptions = {}) {
    const before = await this.jobs.count();
    if (options.model) await this.model.selectOption(options.model);
    if (options.seconds) await this.seconds.selectOption(options.seconds);
    if (options.size) await this.size.selectOption(options.size);
    await this.prompt.fill(prompt);
    await this.create.click();
    await expect(this.jobs).toHaveCount(before + 1);
    await expect(this.jobs.first().getByTestId("video-prompt")).toHaveText(prompt);
    return this.jobs.first();
  }

  job(prompt: string): Locator {
    return this.jobs.filter({
      has: this.page.getByTestId("video-prompt").getByText(prompt, { exact: true }),
    });
  }

  async jobId(job: Locator): Promise<string> {
    const id = await job.getAttribute("data-job-id");
    expect(id).toMatch(/^task_/);
    return id as string;
  }

  async progress(job: Locator): Promise<number> {
    return Number(await job.getByTestId("video-progress").getAttribute("aria-valuenow"));
  }

  async waitForPhase(job: Locator, phase: string, timeout = slow(20_000)) {
    await expect(job).toHaveAttribute("data-phase", phase, { timeout });
  }

  /** Once the player has a frame to show, seeks it to `seconds`; resolves with where it landed. */
  async seek(player: Locator, seconds: number): Promise<number> {
    await expect.poll(() => player.evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThanOrEqual(2);
    return player.evaluate(
      (v: HTMLVideoElement, to) =>
        new Promise<number>((resolve) => {
          v.addEventListener("seeked", () => resolve(v.currentTime), { once: true });
          v.currentTime = to;
        }),
      seconds,
    );
  }
}
