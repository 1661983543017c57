import type { VideoPhase } from "./status";

/**
 * How often a job's status is asked for. A video takes tens of seconds to minutes, so the first look
 * comes quickly (a queued job may already be running) and later ones spread out; failures back off
 * harder; a terminal status ends polling. Jitter keeps twenty jobs created together from asking in
 * lockstep, and a cap on concurrent status requests (see limiter.ts) bounds any burst.
 */
export const pollPolicy = {
  firstMs: 1_000,
  factor: 1.5,
  maxMs: 10_000,
  errorFirstMs: 2_000,
  errorMaxMs: 30_000,
  /** ± this fraction of the delay. */
  jitter: 0.2,
  /** Status requests in flight at once, over all jobs of the tab. */
  maxConcurrent: 4,
} as const;

export interface PollState {
  /** Phase from the last good answer; undefined before the first one. */
  phase: VideoPhase | undefined;
  /** Answers received so far in this tab (good and failed), counting the create response. */
  attempt: number;
  /** Failed status requests in a row since the last good answer. */
  errorStreak: number;
  /** Whether asking again can help (network, 408, 425, 429, 5xx); false stops polling. */
  retryable: boolean;
  retryAfterSeconds?: number;
  /** Usually the job id: the same job and attempt always get the same jitter. */
  seed: string;
}

/** Statuses where a later attempt can succeed; other 4xx (unknown task, bad key) need the user. */
export function isRetryableStatus(status: number): boolean {
  return status === 0 || status === 408 || status === 425 || status === 429 || status >= 500;
}

/** FNV-1a hash of the seed, mapped to [0, 1). Deterministic, so re-renders never reset the timer. */
function unitHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 2 ** 32;
}

export function jitterFactor(seed: string, attempt: number): number {
  return 1 - pollPolicy.jitter + 2 * pollPolicy.jitter * unitHash(`${seed}:${attempt}`);
}

/** Delay before the next look while the job runs, without jitter: 1 s, 1.5 s, 2.25 s, … up to 10 s. */
export function runningDelay(attempt: number): number {
  const n = Math.max(0, attempt - 1);
  return Math.min(pollPolicy.firstMs * pollPolicy.factor ** n, pollPolicy.maxMs);
}

/** Delay after the n-th failure in a row, without jitter: 2 s, 4 s, 8 s, … up to 30 s. */
export function errorDelay(streak: number, retryAfterSeconds?: number): number {
  const backoff = Math.min(pollPolicy.errorFirstMs * 2 ** Math.max(0, streak - 1), pollPolicy.errorMaxMs);
  return Math.max(backoff, (retryAfterSeconds ?? 0) * 1000);
}

/** Milliseconds until the next status request, or false when polling should stop. */
export function nextPollDelay(state: PollState): number | false {
  if (state.errorStreak > 0) {
    if (!state.retryable) return false;
    const delay = errorDelay(state.errorStreak, state.retryAfterSeconds);
    return Math.round(delay * jitterFactor(state.seed, state.attempt));
  }
  if (state.phase === "completed" || state.phase === "failed") return false;
  return Math.round(runningDelay(state.attempt) * jitterFactor(state.seed, state.attempt));
}
