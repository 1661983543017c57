import { imageMimes, type SharedAttachment, shareImageSchema } from "@/lib/schemas/share";

/**
 * The base64 characters a snapshot's attached images may take together: under the store's default
 * SHARE_MAX_BYTES (5 MB) with room for the text. An image past it is shared as a placeholder saying so.
 */
export const SHARE_IMAGE_BUDGET = 3 * 1024 * 1024;

const dataUrl = /^data:([\w/+.-]+);base64,(.*)$/s;

/** Attached images of one snapshot, in order, against one shared budget. */
export function attachmentSharer(budget = SHARE_IMAGE_BUDGET) {
  let left = budget;
  return function share(part: { type: string; url?: string; mediaType?: string }): SharedAttachment {
    const match = dataUrl.exec(part.url ?? "");
    const mime = match?.[1] ?? "";
    const data = match?.[2] ?? "";
    if (!(imageMimes as readonly string[]).includes(mime)) return { omitted: "unsupported" };
    if (data.length > left) return { omitted: "too_large" };
    const image = shareImageSchema.safeParse({ mime, data });
    if (!image.success) return { omitted: "unsupported" };
    left -= data.length;
    return { mime: image.data.mime, data: image.data.data };
  };
}
