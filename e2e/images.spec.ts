import { readFile } from "node:fs/promises";
import { test as base, expect, slow, urls } from "./fixtures";
import { ImagesPage } from "./pages/images-page";

const test = base.extend<{ images: ImagesPage }>({
  images: async ({ page }, use) => {
    await use(new ImagesPage(page));
  },
});

async function newestBatchId(images: ImagesPage): Promise<string> {
  const id = await images.newestBatch().getAttribute("data-batch-id");
  expect(id).toBeTruthy();
  return id ?? "";
}

test.describe("images tab (embedded simulator)", () => {
  test("n=2 in b64_json and in url mode shows both images at the requested pixel size", async ({
    images,
  }) => {
    await images.goto();
    await images.generate({ prompt: "Two foxes, inline", model: "dall-e-2", size: "512x512", n: 2 });
    const inline = images.itemsOfBatch(await newestBatchId(images));
    await expect(inline).toHaveCount(2);
    const thumbs = await images.thumbnailsLoaded(inline);
    expect(new Set(thumbs).size).toBe(2);
    const inlineSizes = await images.naturalSizes(inline);
    expect(inlineSizes.map(({ w, h }) => [w, h])).toEqual([
      [512, 512],
      [512, 512],
    ]);

    await images.generate({
      prompt: "Two foxes, linked",
      model: "dall-e-2",
      size: "256x256",
      n: 2,
      format: "url",
    });
    const linked = images.itemsOfBatch(await newestBatchId(images));
    await expect(linked).toHaveCount(2);
    await images.thumbnailsLoaded(linked);
    const linkedSizes = await images.naturalSizes(linked);
    expect(linkedSizes.map(({ w, h }) => [w, h])).toEqual([
      [256, 256],
      [256, 256],
    ]);
    // Same-origin simulator URLs are fetched by the browser and stored, not kept as links.
    expect(linkedSizes.every(({ src }) => src.startsWith("blob:"))).toBe(true);
    await expect(images.page.getByTestId("gallery-link-only")).toHaveCount(0);
  });

  test("dall-e-3 shows its revised_prompt, and the gallery survives a reload", async ({ images, page }) => {
    await images.goto();
    await images.generate({ prompt: "A sea otter at dawn", model: "dall-e-3", size: "1024x1792" });
    await expect(page.getByTestId("revised-prompt")).toContainText(
      "A detailed, vivid rendering of: A sea otter at dawn",
    );
    const [size] = await images.naturalSizes(images.items);
    expect(size).toMatchObject({ w: 1024, h: 1792 });

    await page.reload();
    await expect(images.items).toHaveCount(1);
    await expect(page.getByTestId("revised-prompt")).toContainText("A sea otter at dawn");
    await expect(page.getByTestId("batch-prompt")).toHaveText("A sea otter at dawn");
    const [again] = await images.naturalSizes(images.items);
    expect(again).toMatchObject({ w: 1024, h: 1792 });
  });

  test("reuse settings puts a batch's prompt and parameters back into the form", async ({ images }) => {
    await images.goto();
    await images.generate({ prompt: "First idea", model: "dall-e-2", size: "256x256", n: 3, format: "url" });
    await images.fill({ prompt: "Something else", model: "dall-e-3", size: "1792x1024" });
    await expect(images.n).toHaveValue("1");

    await images.page.getByTestId("gallery-reuse").first().click();
    await expect(images.prompt).toHaveValue("First idea");
    await expect(images.model).toHaveValue("dall-e-2");
    await expect(images.size).toHaveValue("256x256");
    await expect(images.n).toHaveValue("3");
    await expect(images.format).toHaveValue("url");
    await expect(images.prompt).toBeFocused();
  });

  test("download saves the exact bytes the simulator sent, under a descriptive name", async ({
    images,
    page,
    request,
  }) => {
    await images.goto();
    const body = {
      model: "dall-e-2",
      prompt: "Bytes check",
      n: 1,
      size: "256x256",
      response_format: "b64_json",
    };
    await images.generate({ prompt: body.prompt, model: body.model, size: body.size });

    const downloadPromise = page.waitForEvent("download");
    await page.getByTestId("gallery-download").first().click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^apigo-dall-e-2-\d{8}-\d{6}-1\.png$/);
    const saved = await readFile(await download.path());

    const direct = await request.post(`${urls.demo}/api/apigo/v1/images/generations`, { data: body });
    expect(direct.ok()).toBe(true);
    const json = (await direct.json()) as { data: { b64_json: string }[] };
    const expected = Buffer.from(json.data[0]?.b64_json ?? "", "base64");
    expect(expected.length).toBeGreaterThan(100);
    expect(saved.equals(expected)).toBe(true);
  });

  test("a size the model does not take shows the upstream error on the batch, and the form is kept", async ({
    images,
    page,
  }) => {
    await images.goto();
    await images.generate({ prompt: "Odd size", model: "dall-e-2", size: "", customSize: "300x300" });
    const error = page.getByTestId("batch-error");
    await expect(error).toBeVisible();
    await expect(error).toContainText("HTTP 500");
    await expect(page.getByTestId("batch-error-message")).toContainText(
      "size must be one of 256x256, 512x512 or 1024x1024 for dall-e-2",
    );
    await expect(page.getByTestId("batch-error-request-id")).toContainText(/\S{10,}/);
    await expect(error).toContainText("pick one of the sizes");
    await expect(images.prompt).toHaveValue("Odd size");
    await expect(images.customSize).toHaveValue("300x300");
    await expect(images.items).toHaveCount(0);
  });

  test("a 429 is shown with its advice, and a batch in flight can be cancelled", async ({ images, page }) => {
    await images.goto();
    await images.generate({ prompt: "Busy [sim:status=429]", model: "gpt-image-1", size: "1024x1024" });
    await expect(page.getByTestId("batch-error")).toContainText("HTTP 429");
    // new-api sends no retry-after (controller/relay.go): the general advice.
    await expect(page.getByTestId("batch-error")).toContainText("wait a moment");

    await images.fill({ prompt: "Never answers [sim:no-headers]", model: "dall-e-2", size: "256x256", n: 2 });
    await images.generateButton.click();
    await expect(page.getByTestId("batch-placeholder")).toHaveCount(2);
    await expect(page.getByTestId("batch-elapsed")).toHaveText(/[1-9]\.\d sec/, { timeout: slow(5_000) });
    await images.cancel.click();
    await expect(images.running).toHaveCount(0);
    await expect(page.getByTestId("batch-cancelled")).toBeVisible();
    await expect(images.batches).toHaveCount(1);
    await expect(images.prompt).toHaveValue("Never answers [sim:no-headers]");
  });

  test("lightbox steps with the arrow keys, deletes, and clear-all asks first", async ({ images, page }) => {
    await images.goto();
    await images.generate({ prompt: "Three views", model: "dall-e-2", size: "256x256", n: 3 });
    await page.getByTestId("gallery-open").first().click();
    await expect(images.lightbox).toContainText("1 of 3");
    await page.keyboard.press("ArrowRight");
    await expect(images.lightbox).toContainText("2 of 3");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await expect(images.lightbox).toContainText("3 of 3");
    // Deleting closes the lightbox: the Undo offer is at the bottom of the page, in reach.
    await page.getByTestId("lightbox-delete").click();
    await expect(images.lightbox).toHaveCount(0);
    await expect(images.items).toHaveCount(2);
    await page.getByTestId("undo-button").click();
    await expect(images.items).toHaveCount(3);
    await page.getByTestId("gallery-open").first().click();
    await page.getByTestId("lightbox-delete").click();
    await expect(images.items).toHaveCount(2);

    await page.getByTestId("gallery-clear").click();
    await page.getByRole("button", { name: "Keep them" }).click();
    await expect(images.items).toHaveCount(2);
    await page.getByTestId("gallery-clear").click();
    await page.getByTestId("gallery-clear-confirm").click();
    await expect(page.getByTestId("gallery-empty")).toBeVisible();
    await page.reload();
    await expect(page.getByTestId("gallery-empty")).toBeVisible();
  });
});
