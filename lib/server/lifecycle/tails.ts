import "server-only";
import { AppError } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/translate";
import type { EndpointId } from "../allowlist";

const encoder = new TextEncoder();

/** What a reply cut by the shutdown deadline ends with: see errorTail. */
export function shutdownTail(
  endpoint: EndpointId,
  contentType: string | null,
  deadlineMs: number,
  t: Translate,
): Uint8Array | undefined {
  const message = t("server.shutdownEnded", { seconds: Math.round(deadlineMs / 1000) });
  return errorTail(endpoint, contentType, new AppError("shutting_down", message));
}

/**
 * What an interrupted streaming reply ends with, in its own dialect, so the chat and Messages tabs
 * (and each compare pane) show it as the reply's error and keep the text so far: the gateway's
 * mid-stream error chunk plus [DONE] for chat completions, an `error` event for Messages. Anything
 * else has no tail (it is cut).
 */
export function errorTail(
  endpoint: EndpointId,
  contentType: string | null,
  error: AppError,
): Uint8Array | undefined {
  if (!contentType?.toLowerCase().startsWith("text/event-stream")) return undefined;
  if (endpoint === "chat")
    return encoder.encode(`data: ${JSON.stringify(error.toJSON())}\n\ndata: [DONE]\n\n`);
  if (endpoint === "messages") {
    const event = { type: "error", error: { type: "playground_error", message: error.message } };
    return encoder.encode(`event: error\ndata: ${JSON.stringify(event)}\n\n`);
  }
  return undefined;
}

/** New streams after a shutdown began: 503, so a load balancer (or the user) retries on another instance. */
export function shuttingDownError(): AppError {
  return new AppError(
    "shutting_down",
    "This playground server is shutting down (a restart or an update). Try again in a moment.",
  );
}
