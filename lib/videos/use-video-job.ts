import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import type { StoredVideoJob, VideoObject } from "@/lib/schemas/videos";
import { PollError } from "./api";
import { videoStatusQueryOptions } from "./queries";
import { isTerminal, normaliseStatus, progressOf, type VideoPhase } from "./status";
import { useVideoJobsStore } from "./store";
import { externalVideoUrl } from "./urls";

export interface VideoJobView {
  phase: VideoPhase;
  /** The status word to show when it is none of the known ones. */
  unknownWord?: string;
  progress: number;
  /** Last good answer in this tab, if any. */
  video?: VideoObject;
  /** The last status request failed and another one is scheduled. */
  retrying?: { error: PollError; attempt: number };
  /** The last status request failed in a way asking again cannot fix; polling stopped. */
  stopped?: PollError;
  checkAgain: () => void;
}

/** One job: the persisted request, the live status query, and the terminal outcome once known. */
export function useVideoJob(job: StoredVideoJob): VideoJobView {
  const query = useQuery(videoStatusQueryOptions(job));
  const settleJob = useVideoJobsStore((s) => s.settleJob);
  const video = query.data;

  useEffect(() => {
    if (!video || job.outcome) return;
    const { phase } = normaliseStatus(video.status);
    if (!isTerminal(phase)) return;
    // The gateway's own timestamps say how long it took even when this tab saw the end much later.
    const tookMs =
      video.completed_at && video.created_at ? (video.completed_at - video.created_at) * 1000 : undefined;
    settleJob(job.id, {
      status: phase === "completed" ? "completed" : "failed",
      at: tookMs !== undefined && tookMs >= 0 ? job.createdAt + tookMs : Date.now(),
      errorCode: video.error?.code == null ? undefined : String(video.error.code),
      errorMessage: video.error?.message ?? undefined,
      externalUrl: externalVideoUrl(video, window.location.origin),
    });
  }, [video, job.outcome, job.id, job.createdAt, settleJob]);

  const checkAgain = () => void query.refetch();

  if (job.outcome) {
    return { phase: job.outcome.status, progress: 100, video, checkAgain };
  }
  const status = normaliseStatus(video?.status);
  const view: VideoJobView = {
    phase: video ? status.phase : "queued",
    unknownWord: video && !status.known ? status.raw || "?" : undefined,
    progress: video ? progressOf(video) : 0,
    video,
    checkAgain,
  };
  const error = query.error instanceof PollError ? query.error : undefined;
  // The same rule as the polling policy: retryable failures are asked again with backoff.
  if (error?.retryable) view.retrying = { error, attempt: error.streak };
  else if (error) view.stopped = error;
  return view;
}
