import { recordedFetch } from "@/lib/inspector/lazy-exchanges";
import { fetchJson, HttpError } from "@/lib/queries/http";
import { type VideoObject, videoObjectSchema } from "@/lib/schemas/videos";
import { createLimiter } from "./limiter";
import { isRetryableStatus, pollPolicy } from "./polling";
import { buildCreateForm, buildRemixBody, type CreateVideoInput, vendorHeaders } from "./request";

const base = "/api/apigo/v1/videos";

/**
 * POST /v1/videos as multipart. Never retried by us: each attempt can be a paid job. `doFetch` records
 * the exchange for the inspector (the job's id is known only from the reply).
 */
export function createVideo(
  input: CreateVideoInput,
  vendor: string,
  doFetch?: typeof fetch,
): Promise<VideoObject> {
  return fetchJson(base, videoObjectSchema, {
    fetch: doFetch,
    method: "POST",
    headers: vendorHeaders(vendor),
    body: buildCreateForm(input),
  });
}

/** POST /v1/videos/{id}/remix with JSON {prompt}; answers a new job like create. */
export function remixVideo(
  id: string,
  prompt: string,
  vendor: string,
  doFetch?: typeof fetch,
): Promise<VideoObject> {
  return fetchJson(`${base}/${encodeURIComponent(id)}/remix`, videoObjectSchema, {
    fetch: doFetch,
    method: "POST",
    headers: { "content-type": "application/json", ...vendorHeaders(vendor) },
    body: buildRemixBody(prompt),
  });
}

/** A failed status request, with how many failed in a row for this job (drives the backoff). */
export class PollError extends HttpError {
  readonly streak: number;
  readonly retryable: boolean;
  constructor(cause: HttpError, streak: number) {
    super(cause.display);
    this.name = "PollError";
    this.streak = streak;
    this.retryable = isRetryableStatus(cause.display.status);
  }
}

const statusLimiter = createLimiter(pollPolicy.maxConcurrent);
// Failures in a row per job. Kept here rather than in the query state because a query without data
// resets its error on every new fetch, which would hide the streak after a reload.
const streaks = new Map<string, number>();

/** GET /v1/videos/{id}, queued behind the tab-wide cap on concurrent status requests. */
export async function fetchVideoStatus(
  id: string,
  vendor: string,
  signal: AbortSignal,
): Promise<VideoObject> {
  try {
    const video = await statusLimiter.run(
      () =>
        fetchJson(`${base}/${encodeURIComponent(id)}`, videoObjectSchema, {
          fetch: recordedFetch("videos", id),
          headers: vendorHeaders(vendor),
          signal,
        }),
      signal,
    );
    streaks.delete(id);
    return video;
  } catch (error) {
    if (signal.aborted || !(error instanceof HttpError)) throw error;
    const streak = (streaks.get(id) ?? 0) + 1;
    streaks.set(id, streak);
    throw new PollError(error, streak);
  }
}
