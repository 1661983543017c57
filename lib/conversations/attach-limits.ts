// What a message may carry. The proxy forwards JSON bodies up to PROXY_MAX_JSON_BYTES (8 MB by default,
// lib/server/body-limit.ts) and every request resends the whole conversation, its images included.

/** Images one message may carry. */
export const MAX_ATTACHMENTS = 6;
/** One prepared image (after resizing), in bytes. */
export const MAX_IMAGE_BYTES = 3 * 1024 * 1024;
/** The data URLs of all images in a conversation together: what a request can carry under 8 MB. */
export const MAX_CONVERSATION_IMAGE_CHARS = 6 * 1024 * 1024;
export const ATTACH_TYPES = ["image/png", "image/jpeg", "image/gif", "image/webp"] as const;
/** Long edges the composer offers (0: as the file is). */
export const LONG_EDGES = [0, 2048, 1024, 512] as const;
export type LongEdge = (typeof LONG_EDGES)[number];
export type ImageFormat = "same" | "image/jpeg" | "image/webp";
export interface PrepareOptions {
  longEdge: LongEdge;
  format: ImageFormat;
}
