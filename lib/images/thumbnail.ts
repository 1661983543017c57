/** Longest side of a grid thumbnail: sharp on a 2x screen at the grid's widest tile (about 230 CSS px). */
export const thumbnailSide = 480;

/**
 * A small WebP (PNG where the browser cannot encode WebP) of an image, made once when the image is stored.
 * Decoding 1024-px originals for every tile made scrolling a 1,000-image grid stutter; thumbnails do not.
 * Undefined where the browser lacks OffscreenCanvas (the grid then shows the original).
 */
export async function makeThumbnail(blob: Blob, side = thumbnailSide): Promise<Blob | undefined> {
  if (typeof createImageBitmap !== "function" || typeof OffscreenCanvas === "undefined") return undefined;
  let bitmap: ImageBitmap | undefined;
  try {
    bitmap = await createImageBitmap(blob);
    const scale = Math.min(1, side / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext("2d");
    if (!ctx) return undefined;
    ctx.imageSmoothingQuality = "high";
    ctx.drawImage(bitmap, 0, 0, width, height);
    return await canvas.convertToBlob({ type: "image/webp", quality: 0.82 });
  } catch {
    return undefined;
  } finally {
    bitmap?.close();
  }
}
