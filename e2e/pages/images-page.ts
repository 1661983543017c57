import { expect, type Locator, type Page } from "@playwright/test";
import { slow } from "../machine";
import { TabPage } from "./tab-page";

export interface ImageFormValues {
  prompt: string;
  model: string;
  size: string;
  n?: number;
  format?: "url" | "b64_json";
  customSize?: string;
}

/** The Images tab as a user sees it: the form, the batch in flight, the gallery and its lightbox. */
export class ImagesPage extends TabPage {
  readonly prompt = this.byTestId("images-prompt");
  readonly model = this.byTestId("images-model");
  readonly size = this.byTestId("images-size");
  readonly customSize = this.byTestId("images-size-custom");
  readonly n = this.byTestId("images-n");
  readonly format = this.byTestId("images-format");
  readonly generateButton = this.byTestId("images-generate");
  readonly cancel = this.byTestId("images-cancel");
  readonly running = this.byTestId("batch-running");
  readonly items = this.byTestId("gallery-item");
  readonly batches = this.byTestId("gallery-batch");
  readonly lightbox = this.byTestId("lightbox");

  constructor(page: Page) {
    super(page, "/images");
  }

  async goto(baseURL?: string) {
    await this.open(baseURL);
    await expect(this.prompt).toBeVisible();
    // The model list decides the default model; wait for it so a selection is not overwritten.
    await expect(this.model.locator("option").first()).toBeAttached();
  }

  async fill(values: ImageFormValues) {
    await this.model.selectOption(values.model);
    if (values.customSize) {
      await this.size.selectOption("custom");
      await this.customSize.fill(values.customSize);
    } else {
      await this.size.selectOption(values.size);
    }
    await this.n.selectOption(String(values.n ?? 1));
    await this.format.selectOption(values.format ?? "b64_json");
    await this.prompt.fill(values.prompt);
  }

  /** Fills the form, sends with Ctrl+Enter, and waits until the batch is in the gallery. */
  async generate(values: ImageFormValues) {
    const before = await this.batches.count();
    await this.fill(values);
    await this.prompt.press("Control+Enter");
    await expect(this.batches).toHaveCount(before + 1, { timeout: slow(20_000) });
    await expect(this.running).toHaveCount(0);
  }

  newestBatch(): Locator {
    return this.batches.first();
  }

  /** The images of the newest batch (rows follow their header in the DOM). */
  itemsOfBatch(batchId: string): Locator {
    return this.page.locator(`[data-testid="gallery-item"][data-batch-id="${batchId}"]`);
  }

  /** Waits until every thumbnail of `items` has loaded; returns their srcs. */
  async thumbnailsLoaded(items: Locator): Promise<string[]> {
    const images = items.getByTestId("gallery-image");
    const count = await images.count();
    for (let i = 0; i < count; i++) {
      await expect
        .poll(() => images.nth(i).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
        .toBe(true);
    }
    return images.evaluateAll((list) => (list as HTMLImageElement[]).map((img) => img.src));
  }

  /** Pixel size of each of `items` at full size, read from the lightbox's original (the grid shows thumbnails). */
  async naturalSizes(items: Locator): Promise<{ w: number; h: number; src: string }[]> {
    const out: { w: number; h: number; src: string }[] = [];
    const count = await items.count();
    for (let i = 0; i < count; i++) {
      await items.nth(i).getByTestId("gallery-open").click();
      const img = this.lightbox.getByTestId("lightbox-image");
      await expect
        .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0))
        .toBe(true);
      out.push(
        await img.evaluate((el: HTMLImageElement) => ({
          w: el.naturalWidth,
          h: el.naturalHeight,
          src: el.src,
        })),
      );
      await this.page.keyboard.press("Escape");
      await expect(this.lightbox).toHaveCount(0);
    }
    return out;
  }
}
