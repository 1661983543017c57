import { type Query, queryOptions } from "@tanstack/react-query";
import { modelsQueryOptions } from "@/lib/queries/models";
import type { StoredVideoJob, VideoObject } from "@/lib/schemas/videos";
import { fetchVideoStatus, PollError } from "./api";
import { nextPollDelay, type PollState } from "./polling";
import { normaliseStatus } from "./status";

/** Used when the models list cannot be read: the gateway's Sora models. */
export const fallbackVideoModels = ["sora-2", "sora-2-pro"];
export const preferredVideoModel = "sora-2";

/** Video models: the shared models query (one request for every tab), filtered on "openai-video". */
export const videoModelsQueryOptions = () =>
  queryOptions({
    ...modelsQueryOptions(),
    select: (list): string[] =>
      list.data
        .filter((m) => m.supported_endpoint_types?.includes("openai-video"))
        .map((m) => m.id)
        .sort((a, b) => a.localeCompare(b)),
  });

export const videoStatusKey = (id: string) => ["videos", "status", id] as const;

/** What the polling policy needs to know, read from the query's state. */
export function pollStateOf(id: string, query: Pick<Query<VideoObject, Error>, "state">): PollState {
  const { state } = query;
  const failure = state.status === "error" && state.error instanceof PollError ? state.error : undefined;
  return {
    phase: state.data ? normaliseStatus(state.data.status).phase : undefined,
    attempt: state.dataUpdateCount + state.errorUpdateCount,
    errorStreak: failure?.streak ?? 0,
    retryable: failure?.retryable ?? true,
    retryAfterSeconds: failure?.display.retryAfterSeconds,
    seed: id,
  };
}

/**
 * One job's status. The interval function is the whole retry policy (retry: false), so a failing
 * job backs off like a running one and "retrying" is visible in the UI. TanStack Query keeps one
 * request per job in flight and re-arms the timer after each answer; hidden tabs do not poll.
 */
export const videoStatusQueryOptions = (job: Pick<StoredVideoJob, "id" | "vendor" | "outcome">) =>
  queryOptions({
    queryKey: videoStatusKey(job.id),
    queryFn: ({ signal }) => fetchVideoStatus(job.id, job.vendor, signal),
    enabled: !job.outcome,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 10 * 60_000,
    retry: false,
    refetchOnWindowFocus: false,
    refetchInterval: (query) => nextPollDelay(pollStateOf(job.id, query)),
    refetchIntervalInBackground: false,
  });
