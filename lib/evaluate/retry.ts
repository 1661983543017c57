import { HttpError } from "@/lib/queries/http";

// The gateway's 429s (new-api's rate limit, an upstream's overload) are retried with exponential
// backoff and full jitter; new-api sends no Retry-After, but one that comes is honoured.

export const MAX_RETRIES = 4;
const BASE_MS = 1000;
const CAP_MS = 30_000;

export interface RetryOptions {
  signal: AbortSignal;
  maxRetries?: number;
  baseMs?: number;
  /** Called before each wait with the retry's number (1-based). */
  onRetry?: (attempt: number, error: HttpError) => void;
  random?: () => number;
}

export function isRetryable(error: unknown): error is HttpError {
  return error instanceof HttpError && error.display.status === 429;
}

/** Wait before retry `attempt` (1-based): up to base·2^(attempt-1), at least half of it; capped. */
export function backoffMs(
  attempt: number,
  baseMs = BASE_MS,
  random = Math.random,
  retryAfterSeconds?: number,
) {
  if (retryAfterSeconds !== undefined && retryAfterSeconds > 0)
    return Math.min(retryAfterSeconds * 1000, CAP_MS);
  const ceiling = Math.min(baseMs * 2 ** (attempt - 1), CAP_MS);
  return ceiling / 2 + random() * (ceiling / 2);
}

export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new DOMException("Stopped", "AbortError"));
    const done = () => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    };
    const timer = setTimeout(done, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new DOMException("Stopped", "AbortError"));
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

/** Runs `attempt` until it does not fail with a 429, at most `maxRetries` times more; the last error is thrown. */
export async function withRetries<T>(attempt: () => Promise<T>, options: RetryOptions): Promise<T> {
  const max = options.maxRetries ?? MAX_RETRIES;
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (!isRetryable(error) || n > max || options.signal.aborted) throw error;
      options.onRetry?.(n, error);
      const wait = backoffMs(n, options.baseMs, options.random, error.display.retryAfterSeconds);
      await sleep(wait, options.signal);
    }
  }
}
