import { test as base, expect, slow } from "./fixtures";
import { expectLook, expectNoSeriousViolations, type Look, looks, setLook } from "./look";
import { ImagesPage } from "./pages/images-page";
import { VideosPage } from "./pages/videos-page";

// Issue #19: images and videos get the inspector; a new batch is brought into view; deleting an image
// or removing a video job can be undone, and removing a running job says that it runs on.

// Each test runs in light English and dark Chinese; axe checks every new dialog and the undo toast.
const named = (what: string, look: Look) => `${what} (${look.theme}, ${look.lang})`;

const test = base.extend<{ images: ImagesPage; videos: VideosPage }>({
  images: async ({ page }, use) => use(new ImagesPage(page)),
  videos: async ({ page }, use) => use(new VideosPage(page)),
});

test.describe("images: new batch in view, inspector, undo", () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  for (const look of looks) {
    test(`the new batch comes into view without taking the focus; its request is inspectable; delete undoes (${look.theme}, ${look.lang})`, async ({
      images,
      page,
    }) => {
      await setLook(page, look);
      await images.goto();
      await expectLook(page, look);
      await images.generate({ prompt: "Two lighthouses", model: "dall-e-2", size: "512x512", n: 2 });
      const batch = images.newestBatch();
      const id = (await batch.getAttribute("data-batch-id")) ?? "";
      const items = images.itemsOfBatch(id);
      // Below a 900 px window's fold before: the batch header and its first row now show whole.
      await expect(items.first().getByTestId("gallery-open")).toBeInViewport({
        ratio: 1,
        timeout: slow(5_000),
      });
      await expect(batch).toBeInViewport({ ratio: 1 });
      await expect(images.prompt).toBeFocused();

      await batch.getByTestId("media-inspect").click();
      const dialog = page.getByTestId("inspector-dialog");
      await expect(dialog.getByTestId("inspector-request-line")).toHaveText(
        "POST /api/apigo/v1/images/generations",
      );
      await expect(dialog.getByTestId("inspector-request-body")).toContainText('"prompt": "Two lighthouses"');
      await expect(dialog.getByTestId("inspector-status")).toContainText("200");
      await expect(dialog.getByTestId("inspector-timing")).toBeVisible();
      // The two base64 images are shortened; the rest of the reply is exact.
      await expect(dialog.getByTestId("inspector-raw-body")).toContainText('"b64_json": "iVBOR');
      await expect(dialog.getByTestId("truncated-note")).toBeVisible();
      await expectNoSeriousViolations(page, named("images inspector", look));
      await page.keyboard.press("Escape");
      await expect(dialog).toBeHidden();

      await items.first().getByTestId("gallery-delete").click();
      await expect(items).toHaveCount(1);
      const toast = page.getByTestId("undo-toast");
      await expect(toast).toContainText(look.lang === "en" ? "Image deleted." : "图片已删除。");
      await expectNoSeriousViolations(page, named("undo toast", look));
      await toast.getByTestId("undo-button").click();
      await expect(items).toHaveCount(2);
      await expect(toast).toBeHidden();

      await batch.getByTestId("batch-remove").click();
      await expect(images.batches).toHaveCount(0);
      await page.getByTestId("undo-button").click();
      await expect(images.itemsOfBatch(id)).toHaveCount(2);
      await images.thumbnailsLoaded(images.itemsOfBatch(id));
    });
  }
});

test.describe("videos: inspector over create and polls, removal with undo", () => {
  for (const look of looks) {
    test(`a running job's removal says it runs on, hides it, and Undo brings it back (${look.theme}, ${look.lang})`, async ({
      videos,
      page,
    }) => {
      await setLook(page, look);
      // Every status poll answers "in progress", so the job stays running for as long as the test needs.
      await page.route(/\/api\/apigo\/v1\/videos\/task_[A-Za-z0-9]+$/, (route) =>
        route.fulfill({
          json: {
            id: route.request().url().split("/").pop(),
            object: "video",
            status: "in_progress",
            progress: 30,
          },
        }),
      );
      await videos.goto();
      await expectLook(page, look);
      const job = await videos.createJob("A paper boat on a rainy street", { seconds: "4" });
      const id = await videos.jobId(job);
      // The new card, below the form, is brought into view.
      await expect(job).toBeInViewport({ ratio: 1, timeout: slow(5_000) });
      await expect(job.getByTestId("video-progress")).toHaveAttribute("aria-valuenow", "30", {
        timeout: slow(15_000),
      });

      await job.getByTestId("media-inspect").click();
      const dialog = page.getByTestId("inspector-dialog");
      const exchanges = dialog.getByTestId("inspector-exchange");
      await expect(exchanges.first()).toContainText("POST/v1/videos200");
      await expect(dialog.getByTestId("inspector-request-body")).toContainText(
        "prompt=A paper boat on a rainy street",
      );
      await expect(dialog.getByTestId("inspector-request-body")).toContainText("model=sora-2");
      await exchanges.nth(1).click();
      await expect(dialog.getByTestId("inspector-request-line")).toHaveText(`GET /api/apigo/v1/videos/${id}`);
      await expect(dialog.getByTestId("inspector-raw-body")).toContainText('"progress": 30');
      await expectNoSeriousViolations(page, named("videos inspector with its requests", look));
      await page.keyboard.press("Escape");

      await job.getByTestId("video-remove").click();
      const confirm = page.getByTestId("video-remove-dialog");
      await expect(confirm).toContainText(
        look.lang === "en" ? "keeps running on the gateway and is billed" : "继续在网关上运行并照常计费",
      );
      await expectNoSeriousViolations(page, named("remove running job dialog", look));
      await confirm.getByTestId("video-remove-confirm").click();
      await expect(videos.jobs).toHaveCount(0);
      await expect(page.getByTestId("undo-toast")).toContainText(
        look.lang === "en" ? "it keeps running on the gateway" : "它仍在网关上运行",
      );
      await page.getByTestId("undo-button").click();
      await expect(videos.jobs).toHaveCount(1);
      await expect(videos.jobs.first()).toHaveAttribute("data-job-id", id);
      // Back in the list, it is polled again.
      await expect(videos.jobs.first().getByTestId("video-progress")).toHaveAttribute("aria-valuenow", "30");
    });
  }
});
