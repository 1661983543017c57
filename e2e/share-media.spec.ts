import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { slow } from "./machine";
import { ImagesPage } from "./pages/images-page";
import { VideosPage } from "./pages/videos-page";

// Share links of the media tabs against the demo app: an image batch and a video job are shared from
// their own Share buttons, opened by a recipient with no cookies and no local state, and forked.

/** Opens the Share dialog of `scope` (a batch header or a job card) and creates a 7-day link. */
async function shareFrom(page: Page, scope: Locator): Promise<string> {
  await scope.getByTestId("share-open").click();
  const dialog = page.getByTestId("share-dialog");
  await dialog.getByTestId("share-expiry-7d").click();
  await dialog.getByTestId("share-create").click();
  const url = await dialog.getByTestId("share-url").inputValue();
  expect(url).toMatch(/\/s\/[A-Za-z0-9_-]{22}$/);
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  return url;
}

/** The value of one labelled fact (a `dt`/`dd` pair) of a read-only view. */
function fact(view: Locator, label: string): Locator {
  return view
    .locator("div", { has: view.page().locator("dt", { hasText: new RegExp(`^${label}$`) }) })
    .locator("dd");
}

test("share an image batch: the link shows the image and prompt; the fork fills the images form", async ({
  page,
  browser,
}) => {
  const images = new ImagesPage(page);
  const prompt = "Shared otter with a paper boat";
  await images.goto();
  await images.generate({ prompt, model: "dall-e-2", size: "256x256", n: 1, format: "b64_json" });
  const batch = images.newestBatch();
  await expect(batch.getByTestId("batch-prompt")).toHaveText(prompt);
  const url = await shareFrom(page, batch);

  const recipient = await browser.newContext();
  try {
    const viewer = await recipient.newPage();
    const response = await viewer.goto(url);
    expect(response?.status()).toBe(200);
    const view = viewer.getByTestId("share-images");
    await expect(view).toContainText(prompt);
    await expect(fact(view, "Model")).toHaveText("dall-e-2");
    await expect(fact(view, "size")).toHaveText("256x256");
    await expect(fact(view, "n")).toHaveText("1");
    const shared = view.getByTestId("share-image");
    await expect(shared).toHaveCount(1);
    await expect(shared).toHaveAttribute("src", /^data:image\/png;base64,iVBORw0KGgo/);
    await expect
      .poll(() => shared.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0)))
      .toBe(256);
    expect(await shared.evaluate((img: HTMLImageElement) => img.naturalHeight)).toBe(256);

    await viewer.getByTestId("share-fork").click();
    await viewer.waitForURL(/\/images$/);
    const mine = new ImagesPage(viewer);
    await expect(mine.prompt).toHaveValue(prompt);
    await expect(mine.model).toHaveValue("dall-e-2");
    await expect(mine.size).toHaveValue("256x256");
    await expect(mine.n).toHaveValue("1");
    await expect(viewer.getByTestId("fork-notice")).toContainText("not added to your gallery");
    // The shared images stay on the link: the recipient's gallery is empty until they generate.
    await expect(mine.batches).toHaveCount(0);
    // The pending slot is taken once.
    expect(await viewer.evaluate(() => localStorage.getItem("apigo-playground-fork"))).toBeNull();
  } finally {
    await recipient.close();
  }
});

test("share a video job: the link plays the finished MP4 (Range) beside prompt, model, size and status; the fork fills the create form", async ({
  page,
  browser,
}) => {
  const videos = new VideosPage(page);
  const prompt = "Shared heron landing on a pier";
  await videos.goto();
  const job = await videos.createJob(prompt, { seconds: "4", size: "720x1280" });
  await expect(job.getByTestId("video-meta")).toContainText("sora-2 · 720x1280 · 4");
  await videos.waitForPhase(job, "completed");
  const url = await shareFrom(page, job);

  const recipient = await browser.newContext();
  try {
    const viewer = await recipient.newPage();
    const response = await viewer.goto(url);
    expect(response?.status()).toBe(200);
    const html = (await response?.text()) ?? "";
    // Never the job id: the MP4 is served from the share itself.
    expect(html).not.toContain(await videos.jobId(job));
    const view = viewer.getByTestId("share-videos");
    await expect(view).toContainText(prompt);
    await expect(fact(view, "Model")).toHaveText("sora-2");
    await expect(fact(view, "size")).toHaveText("720x1280");
    await expect(fact(view, "seconds")).toHaveText("4");
    await expect(fact(view, "Job status")).toHaveText("Completed");
    const player = view.getByTestId("share-video");
    await expect(player).toHaveAttribute("src", /^\/api\/shares\/[A-Za-z0-9_-]{22}\/video$/);
    await expect
      .poll(() => player.evaluate((v: HTMLVideoElement) => v.readyState), { timeout: slow(10_000) })
      .toBeGreaterThanOrEqual(1);
    const src = await player.getAttribute("src");
    const part = await viewer.request.get(src ?? "", { headers: { range: "bytes=4-11" } });
    expect(part.status()).toBe(206);
    expect(part.headers()["content-range"]).toMatch(/^bytes 4-11\/\d+$/);
    expect((await part.body()).toString()).toBe("ftypisom");

    await viewer.getByTestId("share-fork").click();
    await viewer.waitForURL(/\/videos$/);
    const mine = new VideosPage(viewer);
    await expect(mine.prompt).toHaveValue(prompt);
    await expect(mine.model).toHaveValue("sora-2");
    await expect(mine.size).toHaveValue("720x1280");
    await expect(mine.seconds).toHaveValue("4");
    await expect(viewer.getByTestId("fork-notice")).toContainText("runs the job again with your own key");
    await expect(mine.jobs).toHaveCount(0);
  } finally {
    await recipient.close();
  }
});
