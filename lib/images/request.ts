import type { ImageParams } from "@/lib/schemas/images";
import { rulesFor } from "./model-rules";

export const imagesEndpoint = "/api/apigo/v1/images/generations";

/** The request exactly as sent: the body is the upstream body, the proxy only adds the key. */
export interface BuiltImageRequest {
  url: string;
  headers: Record<string, string>;
  body: Record<string, unknown>;
}

type OptionalFields = Pick<ImageParams, "model" | "quality" | "style" | "background" | "outputFormat">;

/**
 * The optional fields a model takes, in wire names; the others are left out rather than sent empty,
 * so dall-e-2 never sees `style` and only gpt-image models get `background`/`output_format`. A share of
 * a batch lists these, so it shows exactly what was sent.
 */
export function optionalImageFields(params: OptionalFields): Record<string, string> {
  const rules = rulesFor(params.model);
  const fields: Record<string, string> = {};
  if (rules.qualities.includes(params.quality)) fields.quality = params.quality;
  if (rules.styles.includes(params.style)) fields.style = params.style;
  if (rules.backgrounds.includes(params.background)) fields.background = params.background;
  if (rules.outputFormats.includes(params.outputFormat)) fields.output_format = params.outputFormat;
  return fields;
}

/** Builds the upstream body from the form: the fields every model takes, then its optional ones. */
export function buildImageRequest(params: ImageParams, defaultVendor = ""): BuiltImageRequest {
  const body: Record<string, unknown> = {
    model: params.model.trim(),
    prompt: params.prompt,
    n: params.n,
    size: params.size,
    response_format: params.responseFormat,
    ...optionalImageFields(params),
  };
  const headers: Record<string, string> = { "content-type": "application/json" };
  const vendor = (params.vendor.trim() || defaultVendor).trim();
  if (vendor) headers.vendor = vendor;
  return { url: imagesEndpoint, headers, body };
}

/** Only http(s) links are loaded or offered; anything else from the upstream is dropped. */
export function safeImageUrl(url: string | null | undefined, base?: string): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, base);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export function base64ToBytes(b64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(b64.replace(/\s+/g, ""));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The type the bytes really are (the upstream may ignore `output_format`). */
export function sniffImageType(bytes: Uint8Array): string {
  const b = (i: number) => bytes[i] ?? -1;
  if (b(0) === 0x89 && b(1) === 0x50 && b(2) === 0x4e && b(3) === 0x47) return "image/png";
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return "image/jpeg";
  if (b(0) === 0x52 && b(1) === 0x49 && b(2) === 0x46 && b(3) === 0x46 && b(8) === 0x57 && b(9) === 0x45)
    return "image/webp";
  if (b(0) === 0x47 && b(1) === 0x49 && b(2) === 0x46) return "image/gif";
  return "application/octet-stream";
}

/** Width and height from a PNG header; undefined for other formats. */
export function pngDimensions(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (sniffImageType(bytes) !== "image/png" || bytes.length < 24) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const extensions: Record<string, string> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/webp": "webp",
  "image/gif": "gif",
};

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** `apigo-<model>-<yyyymmdd-hhmmss>-<n>.<ext>` in local time; n counts from 1 within the batch. */
export function imageFileName(model: string, createdAt: number, index: number, mime: string): string {
  const d = new Date(createdAt);
  const stamp = `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;
  const safeModel = model.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[-.]+|-+$/g, "") || "image";
  return `apigo-${safeModel}-${stamp}-${index + 1}.${extensions[mime] ?? "png"}`;
}
