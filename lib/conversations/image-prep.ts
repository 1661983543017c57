import {
  ATTACH_TYPES,
  type Attachment,
  type AttachOptions,
  type AttachProblem,
  type AttachState,
  DEFAULT_ATTACH_OPTIONS,
  MAX_ATTACHMENTS,
  MAX_CONVERSATION_IMAGE_CHARS,
  MAX_IMAGE_BYTES,
  type PrepareOptions,
} from "./attach-limits";
import { loadAttachments } from "./attachment-watch";
import type { PlaygroundMessage } from "./metadata";
import { attachmentKey } from "./use-attachments";

// Browser only, loaded on demand: the composer's attach actions; an attached file read, resized on a
// canvas when asked, as a data URL.

export interface PreparedImage {
  url: string;
  mediaType: string;
  bytes: number;
  width: number;
  height: number;
}

function readAsDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });
}

export const isAttachable = (file: File) => (ATTACH_TYPES as readonly string[]).includes(file.type);

/**
 * The file as it will be sent: unchanged when it already fits the long edge and keeps its type,
 * otherwise drawn at the new size and encoded as its own type (a GIF as PNG, which a canvas can
 * write), JPEG or WebP. Throws when the browser cannot decode it.
 */
export async function prepareImage(file: File, options: PrepareOptions): Promise<PreparedImage> {
  const bitmap = await createImageBitmap(file);
  try {
    const { width, height } = bitmap;
    const long = Math.max(width, height);
    const scale = options.longEdge > 0 && long > options.longEdge ? options.longEdge / long : 1;
    const wanted = options.format === "same" ? file.type : options.format;
    if (scale === 1 && wanted === file.type) {
      return { url: await readAsDataUrl(file), mediaType: file.type, bytes: file.size, width, height };
    }
    const type = wanted === "image/gif" ? "image/png" : wanted;
    const w = Math.max(1, Math.round(width * scale));
    const h = Math.max(1, Math.round(height * scale));
    const canvas = document.createElement("canvas");
    canvas.width = w;
    canvas.height = h;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2d canvas");
    if (type === "image/jpeg") {
      // JPEG has no transparency: a transparent PNG gets a white, not a black, background.
      context.fillStyle = "#fff";
      context.fillRect(0, 0, w, h);
    }
    context.drawImage(bitmap, 0, 0, w, h);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type, 0.9));
    if (!blob) throw new Error("canvas encoding failed");
    return {
      url: await readAsDataUrl(blob),
      mediaType: blob.type || type,
      bytes: blob.size,
      width: w,
      height: h,
    };
  } finally {
    bitmap.close();
  }
}

/**
 * Files picked, pasted or dropped, checked (type, count, size, what the conversation already carries)
 * and prepared; the last problem met is reported, the files that passed are kept.
 */
export async function prepareAttachments(
  files: File[],
  opts: AttachOptions,
  current: Attachment[],
  conversationChars: number,
): Promise<{ out: Attachment[]; issue?: AttachProblem }> {
  const out: Attachment[] = [];
  let chars = conversationChars + current.reduce((n, a) => n + a.part.url.length, 0);
  let issue: AttachProblem | undefined;
  for (const file of files) {
    if (current.length + out.length >= MAX_ATTACHMENTS) {
      issue = { kind: "count" };
      break;
    }
    if (!isAttachable(file)) {
      issue = { kind: "type", name: file.name };
      continue;
    }
    const image = await prepareImage(file, opts).catch(() => undefined);
    if (!image) issue = { kind: "decode", name: file.name };
    else if (image.bytes > MAX_IMAGE_BYTES) issue = { kind: "size", name: file.name };
    else if (chars + image.url.length > MAX_CONVERSATION_IMAGE_CHARS) issue = { kind: "total" };
    else {
      chars += image.url.length;
      out.push({
        key: attachmentKey(),
        source: file,
        bytes: image.bytes,
        width: image.width,
        height: image.height,
        part: {
          type: "file",
          mediaType: image.mediaType,
          filename: file.name,
          url: image.url,
          ...(opts.detail && { providerMetadata: { openai: { imageDetail: opts.detail } } }),
        },
      });
    }
  }
  return { out, issue };
}

const optionsKey = "apigo-attach-options";

function savedOptions(): AttachOptions {
  try {
    return { ...DEFAULT_ATTACH_OPTIONS, ...JSON.parse(localStorage.getItem(optionsKey) ?? "{}") };
  } catch {
    return DEFAULT_ATTACH_OPTIONS;
  }
}

/** The characters the images of a conversation add to every request. */
export const imageCharsOf = (messages: readonly PlaygroundMessage[]) =>
  messages.reduce(
    (n, m) =>
      n +
      m.parts.reduce((k, p) => k + (p.type === "file" && p.url.startsWith("data:") ? p.url.length : 0), 0),
    0,
  );

/** Files picked, pasted or dropped: prepared with the saved options and added to the composer's. */
export async function addFiles(files: File[], state: AttachState, thread: readonly PlaygroundMessage[]) {
  // Saving the message will need the attachment code (references, IndexedDB).
  void loadAttachments();
  const options = state.options ?? savedOptions();
  const { out, issue } = await prepareAttachments(files, options, state.items, imageCharsOf(thread));
  return (s: AttachState): AttachState => ({ options, problem: issue, items: [...s.items, ...out] });
}

/** New options: saved for next time, and every attached file prepared again from its original. */
export async function changeOptions(
  next: AttachOptions,
  state: AttachState,
  thread: readonly PlaygroundMessage[],
) {
  localStorage.setItem(optionsKey, JSON.stringify(next));
  const kept = state.items.filter((a) => !a.source);
  const sources = state.items.flatMap((a) => (a.source ? [a.source] : []));
  const { out, issue } = await prepareAttachments(sources, next, kept, imageCharsOf(thread));
  return (): AttachState => ({ options: next, problem: issue, items: [...kept, ...out] });
}
