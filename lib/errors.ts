import * as z from "zod/mini";

// One error vocabulary for what the playground itself answers (not the upstream: upstream errors
// keep their status and body). Browser and server share this file; it holds no secrets. zod/mini: it is
// in every page's first load, where zod's classic API would add ~20 kB of gzip JavaScript.
export const appErrorCodes = {
  bad_request: 400,
  unauthorized: 401,
  forbidden_origin: 403,
  access_code_required: 401,
  not_found: 404,
  method_not_allowed: 405,
  request_timeout: 408,
  payload_too_large: 413,
  rate_limited: 429,
  insufficient_storage: 507,
  unsupported_media_type: 415,
  upstream_unreachable: 502,
  upstream_timeout: 504,
  shutting_down: 503,
  internal: 500,
} as const;
export type AppErrorCode = keyof typeof appErrorCodes;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly status: number;
  /** Sent as Retry-After (429, 507): when the caller may try again. */
  readonly retryAfterSeconds: number | undefined;
  constructor(code: AppErrorCode, message: string, opts: { retryAfterSeconds?: number } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.status = appErrorCodes[code];
    this.retryAfterSeconds = opts.retryAfterSeconds;
  }

  /** OpenAI-shaped so that SDK clients of the proxy read our own errors like the gateway's. */
  toJSON() {
    return { error: { message: this.message, type: "playground_error", param: "", code: this.code } };
  }

  toResponse(extraHeaders?: HeadersInit): Response {
    const headers = new Headers(extraHeaders);
    headers.set("content-type", "application/json; charset=utf-8");
    headers.set("cache-control", "no-store");
    if (this.retryAfterSeconds !== undefined) headers.set("retry-after", String(this.retryAfterSeconds));
    return new Response(JSON.stringify(this.toJSON()), { status: this.status, headers });
  }
}

/** What the UI shows for any failed reply: our errors and every upstream shape (E1-E7 in the wire spec). */
export interface DisplayError {
  status: number;
  message: string;
  type?: string;
  code?: string;
  requestId?: string;
  retryAfterSeconds?: number;
}

const openAiShape = z.object({
  error: z.object({
    message: z.optional(z.string()),
    type: z.nullish(z.string()),
    code: z.nullish(z.union([z.string(), z.number()])),
  }),
});
const anthropicShape = z.object({
  type: z.literal("error"),
  error: z.object({ type: z.optional(z.string()), message: z.optional(z.string()) }),
});
const taskShape = z.object({ code: z.string(), message: z.optional(z.string()) });

export function parseErrorBody(status: number, bodyText: string, headers?: Headers): DisplayError {
  const requestId =
    headers?.get("x-oneapi-request-id") ??
    headers?.get("x-request-id") ??
    headers?.get("request-id") ??
    undefined;
  const retryAfterRaw = headers?.get("retry-after");
  const retryAfterSeconds = retryAfterRaw && /^\d+$/.test(retryAfterRaw) ? Number(retryAfterRaw) : undefined;
  const base = { status, requestId, retryAfterSeconds };
  let json: unknown;
  try {
    json = JSON.parse(bodyText);
  } catch {
    return { ...base, message: bodyText.trim().slice(0, 500) || `HTTP ${status}` };
  }
  const anthropic = anthropicShape.safeParse(json);
  if (anthropic.success) {
    const type = anthropic.data.error.type;
    return {
      ...base,
      message: anthropic.data.error.message ?? `HTTP ${status}`,
      // new-api relays an Anthropic error with its nil code printed as the type (types/error.go
      // ToClaudeError): "<nil>" names nothing.
      type: type === "<nil>" ? undefined : type,
    };
  }
  const openai = openAiShape.safeParse(json);
  if (openai.success) {
    const { message, type, code } = openai.data.error;
    return {
      ...base,
      message: message ?? `HTTP ${status}`,
      type: type ?? undefined,
      code: code == null || code === "" ? undefined : String(code),
    };
  }
  const task = taskShape.safeParse(json);
  if (task.success) return { ...base, message: task.data.message ?? task.data.code, code: task.data.code };
  return { ...base, message: bodyText.slice(0, 500) };
}
