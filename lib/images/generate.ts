import "@/lib/schemas/zod-no-eval";
import type { DisplayError } from "@/lib/errors";
import { asHttpError, callApi, HttpError, isAbort } from "@/lib/queries/http";
import { type ImageParams, imageGenerationResponseSchema, type StoredImage } from "@/lib/schemas/images";
import { parseSize } from "./model-rules";
import { base64ToBytes, buildImageRequest, pngDimensions, safeImageUrl, sniffImageType } from "./request";
import type { NewImage } from "./store";

export interface BatchOutcome {
  batch: {
    id: string;
    createdAt: number;
    durationMs: number;
    params: ImageParams;
    requestId?: string;
    error?: DisplayError;
  };
  images: NewImage[];
}

export interface RunOptions {
  signal?: AbortSignal;
  defaultVendor?: string;
  fetch?: typeof fetch;
  now?: () => number;
  /** Base for relative image URLs (the page's origin in the browser). */
  baseUrl?: string;
  newId?: () => string;
}

const ridSuffix = /\(request id: ([^)\s]+)\)\s*$/;

/** new-api puts its request id in the message when it made the error; keep it even without the header. */
export function withRequestId(error: DisplayError): DisplayError {
  if (error.requestId) return error;
  const m = ridSuffix.exec(error.message);
  return m ? { ...error, requestId: m[1] } : error;
}

/**
 * Sends one batch and turns the reply into records for the gallery. An upstream error is an outcome
 * (stored and shown on the batch), not an exception; only a cancel throws (an AbortError).
 */
export async function runImageBatch(params: ImageParams, o: RunOptions = {}): Promise<BatchOutcome> {
  const doFetch = o.fetch ?? globalThis.fetch;
  const now = o.now ?? (() => performance.now());
  const newId = o.newId ?? (() => crypto.randomUUID());
  const request = buildImageRequest(params, o.defaultVendor);
  const createdAt = Date.now();
  const started = now();
  const batch: BatchOutcome["batch"] = { id: newId(), createdAt, durationMs: 0, params };
  const fail = (error: DisplayError): BatchOutcome => {
    batch.durationMs = Math.round(now() - started);
    batch.error = withRequestId(error);
    batch.requestId = batch.error.requestId;
    return { batch, images: [] };
  };

  let response: Response;
  let text: string;
  try {
    response = await callApi(request.url, {
      method: "POST",
      headers: request.headers,
      body: JSON.stringify(request.body),
      signal: o.signal,
      fetch: doFetch,
    });
    text = await response.text();
    o.signal?.throwIfAborted();
  } catch (error) {
    const failure = asHttpError(error, o.signal);
    if (failure instanceof HttpError) return fail(failure.display);
    throw failure;
  }
  batch.requestId =
    response.headers.get("x-request-id") ?? response.headers.get("x-oneapi-request-id") ?? undefined;

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail({
      status: response.status,
      message: text.slice(0, 300) || "Empty reply",
      requestId: batch.requestId,
    });
  }
  const parsed = imageGenerationResponseSchema.safeParse(json);
  if (!parsed.success) {
    const message = `Unexpected reply: ${parsed.error.issues[0]?.message ?? "invalid"}`;
    return fail({ status: response.status, message, requestId: batch.requestId });
  }

  const size = params.size === "auto" ? (parsed.data.size ?? "auto") : params.size;
  const images: NewImage[] = [];
  for (const [index, item] of parsed.data.data.entries()) {
    const meta: StoredImage = {
      id: newId(),
      batchId: batch.id,
      index,
      createdAt,
      model: params.model,
      size,
      prompt: params.prompt,
      revisedPrompt: item.revised_prompt || undefined,
      durationMs: 0,
      mime: "image/png",
      bytes: 0,
      ...parseSize(size),
    };
    if (item.b64_json) {
      const bytes = base64ToBytes(item.b64_json);
      images.push({ meta: describeBytes(meta, bytes), blob: new Blob([bytes], { type: meta.mime }) });
      continue;
    }
    const url = safeImageUrl(item.url, o.baseUrl);
    if (!url) continue;
    images.push(await fetchIntoStore(meta, url, doFetch, o.signal));
  }
  o.signal?.throwIfAborted();
  batch.durationMs = Math.round(now() - started);
  for (const image of images) image.meta.durationMs = batch.durationMs;
  return { batch, images };
}

function describeBytes(meta: StoredImage, bytes: Uint8Array): StoredImage {
  meta.mime = sniffImageType(bytes);
  meta.bytes = bytes.byteLength;
  const dims = pngDimensions(bytes);
  if (dims) Object.assign(meta, dims);
  return meta;
}

/** The browser fetches the image itself (never our server); a host without CORS leaves us a link. */
async function fetchIntoStore(
  meta: StoredImage,
  url: string,
  doFetch: typeof fetch,
  signal?: AbortSignal,
): Promise<NewImage> {
  try {
    const res = await doFetch(url, { mode: "cors", credentials: "omit", signal });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    const described = describeBytes(meta, bytes);
    return { meta: described, blob: new Blob([bytes], { type: described.mime }) };
  } catch (error) {
    if (isAbort(error, signal)) throw error;
    return { meta: { ...meta, remoteUrl: url } };
  }
}
