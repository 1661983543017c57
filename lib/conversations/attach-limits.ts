import type { FileUIPart } from "ai";
import type { ImageDetail } from "@/lib/streaming/dialects/chat-content";

// What a message may carry. The proxy forwards JSON bodies up to PROXY_MAX_JSON_BYTES (8 MB by default,
// lib/server/body-limit.ts) and every request resends the whole conversation, its images included.

/** Images one message may carry. */
export const MAX_ATTACHMENTS = 6;
/** One prepared image (after resizing), in bytes. */
export const MAX_IMAGE_BYTES = 3 * 1024 * 1024;
/** The data URLs of all images in a conversation together: what a request can carry under 8 MB. */
export const MAX_CONVERSATION_IMAGE_CHARS = 6 * 1024 * 1024;
/**
 * A chat-completions file to import (components/chat/import-export.tsx): what a conversation can carry
 * (its images above, its text) several times over; a larger one is refused before it is read.
 */
export const MAX_CHAT_FILE_BYTES = 32 * 1024 * 1024;
export const ATTACH_TYPES = ["image/png", "image/jpeg", "image/gif", "image/webp"] as const;
/** Long edges the composer offers (0: as the file is). */
export const LONG_EDGES = [0, 2048, 1024, 512] as const;
export type LongEdge = (typeof LONG_EDGES)[number];
export type ImageFormat = "same" | "image/jpeg" | "image/webp";
export interface PrepareOptions {
  longEdge: LongEdge;
  format: ImageFormat;
}

export interface AttachOptions extends PrepareOptions {
  /** Chat Completions' `detail` on every image; "" sends none (the API's default, auto). */
  detail: "" | ImageDetail;
}

export const DEFAULT_ATTACH_OPTIONS: AttachOptions = { longEdge: 2048, format: "same", detail: "" };

export interface Attachment {
  key: string;
  /** The file as picked; absent for an image put back from a failed send (it cannot be resized again). */
  source?: File;
  part: FileUIPart;
  bytes: number;
  width?: number;
  height?: number;
}

export type AttachProblem =
  | { kind: "type" | "size" | "decode"; name: string }
  | { kind: "count" }
  | { kind: "total" };

/** The composer's attached images, the last problem met, and the resize options (read on first use). */
export interface AttachState {
  items: Attachment[];
  problem?: AttachProblem;
  options?: AttachOptions;
}
