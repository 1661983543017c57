import type { VideoObject } from "@/lib/schemas/videos";

/** Where a job stands, whatever word the gateway used for it. */
export type VideoPhase = "queued" | "running" | "completed" | "failed";

export interface NormalisedStatus {
  phase: VideoPhase;
  /** The word as the gateway sent it (lower-cased, trimmed); empty when absent. */
  raw: string;
  /** False for a word none of the sources list: shown as-is and treated as still running. */
  known: boolean;
}

// OpenAI and new-api's Sora channel: queued/in_progress/completed/failed; API·GO's docs: pending and
// processing; new-api's internal words leak through some vendor mappings (wire spec 7.4-7.5).
const phases: Record<string, VideoPhase> = {
  queued: "queued",
  pending: "queued",
  submitted: "queued",
  not_start: "queued",
  in_progress: "running",
  processing: "running",
  running: "running",
  completed: "completed",
  succeeded: "completed",
  success: "completed",
  failed: "failed",
  failure: "failed",
  cancelled: "failed",
  canceled: "failed",
  expired: "failed",
};

export function normaliseStatus(status: string | null | undefined): NormalisedStatus {
  const raw = (status ?? "").trim().toLowerCase();
  const phase = phases[raw];
  if (phase) return { phase, raw, known: true };
  // An unknown word (or none) is not an end: keep asking, and show the word.
  return { phase: "running", raw, known: false };
}

export function isTerminal(phase: VideoPhase): boolean {
  return phase === "completed" || phase === "failed";
}

/** 0-100; a terminal job is 100 whatever the gateway reported, a missing value while running is 0. */
export function progressOf(video: Pick<VideoObject, "progress" | "status">): number {
  const { phase } = normaliseStatus(video.status);
  if (isTerminal(phase)) return 100;
  return Math.round(video.progress ?? 0);
}
