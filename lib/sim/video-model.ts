import { sortKeys } from "./util";

export interface VideoJob {
  id: string;
  model: string;
  prompt: string;
  seconds: string;
  size: string;
  createdAtMs: number;
  remixedFrom?: string;
  fail: boolean;
  /** `[sim:no-range]` in the prompt: /content ignores Range for this job. */
  noRange: boolean;
}

export type VideoStatus = "queued" | "in_progress" | "completed" | "failed";

export function videoState(job: VideoJob, videoSeconds: number, now = Date.now()) {
  const total = Math.max(0.001, videoSeconds) * 1000;
  const queuedFor = total * 0.1;
  const elapsed = now - job.createdAtMs;
  if (elapsed < queuedFor) return { status: "queued" as VideoStatus, progress: 0, internal: "QUEUED" };
  if (elapsed < total) {
    const progress = Math.min(
      99,
      Math.max(1, Math.floor(((elapsed - queuedFor) / (total - queuedFor)) * 100)),
    );
    return { status: "in_progress" as VideoStatus, progress, internal: "IN_PROGRESS" };
  }
  return job.fail
    ? { status: "failed" as VideoStatus, progress: 100, internal: "FAILURE" }
    : { status: "completed" as VideoStatus, progress: 100, internal: "SUCCESS" };
}

/** POST create / remix response: new-api struct order plus "quality". */
export function createdObject(job: VideoJob) {
  const o: Record<string, unknown> = {
    id: job.id,
    task_id: job.id,
    object: "video",
    model: job.model,
    status: "queued",
    progress: 0,
    created_at: Math.floor(job.createdAtMs / 1000),
    seconds: job.seconds,
    size: job.size,
  };
  if (job.remixedFrom) o.remixed_from_video_id = job.remixedFrom;
  o.quality = "standard";
  return o;
}

/**
 * GET /v1/videos/{id} body, keys alphabetical (new-api re-marshals through a map). A Sora task has no
 * `url` nor `metadata.url` ("Url intentionally left empty": relay/channel/task/sora/adaptor.go
 * `ConvertToOpenAIVideo`): clients download through /content.
 */
export function fetchedObject(job: VideoJob, videoSeconds: number, now = Date.now()) {
  const st = videoState(job, videoSeconds, now);
  const createdAt = Math.floor(job.createdAtMs / 1000);
  const o: Record<string, unknown> = {
    id: job.id,
    object: "video",
    model: job.model,
    status: st.status,
    progress: st.progress,
    created_at: createdAt,
    seconds: job.seconds,
    size: job.size,
    quality: "standard",
  };
  if (job.remixedFrom) o.remixed_from_video_id = job.remixedFrom;
  if (st.status === "completed") {
    const completedAt = Math.floor((job.createdAtMs + videoSeconds * 1000) / 1000);
    o.completed_at = completedAt;
    o.expires_at = completedAt + 86400;
  }
  if (st.status === "failed") {
    o.error = {
      code: "content_policy_violation",
      message: "The generated video was blocked by the content policy (simulated by [sim:fail]).",
    };
  }
  return sortKeys(o);
}

export function clipName(job: VideoJob): string {
  const secs = Number.parseInt(job.seconds, 10) || 4;
  const nearest = [4, 8, 12].reduce((a, b) => (Math.abs(b - secs) < Math.abs(a - secs) ? b : a));
  const [w, h] = job.size.split("x").map(Number);
  const portrait = (h ?? 0) > (w ?? 0);
  return `sora-${portrait ? "portrait" : "landscape"}-${nearest}s.mp4`;
}
