"use client";

import { RepeatIcon, SparklesIcon } from "lucide-react";
import { useState } from "react";
import { ShareButton } from "@/components/share/share-button";
import { InspectExchanges } from "@/components/shared/inspect-exchanges";
import { lazyDialog } from "@/components/shared/lazy-dialog";
import { Button } from "@/components/ui/button";
import { useFormat, useT } from "@/lib/i18n/provider";
import { scrollBehavior } from "@/lib/motion";
import type { StoredVideoJob } from "@/lib/schemas/videos";
import { useVideoDraftStore } from "@/lib/videos/draft-store";
import { supportsRemix } from "@/lib/videos/request";
import { useVideoJob } from "@/lib/videos/use-video-job";
import { CopyPromptButton } from "./copy-prompt-button";
import { ElapsedTime } from "./elapsed-time";
import { videoPromptId } from "./video-form";
import { VideoJobNotices } from "./video-job-notices";
import { VideoProgress } from "./video-progress";
import { VideoRemoveButton } from "./video-remove-button";
import { VideoResult } from "./video-result";
import { VideoStatusBadge } from "./video-status-badge";

// The remix form shows only after "Remix" on a finished job: fetched after the load event (page weight).
const VideoRemixForm = lazyDialog(() => import("./video-remix-form").then((m) => m.VideoRemixForm));

export function VideoJobCard({ job }: { job: StoredVideoJob }) {
  const t = useT();
  const format = useFormat();
  const view = useVideoJob(job);
  const [remixing, setRemixing] = useState(false);
  const done = view.phase === "completed";

  function reuse() {
    useVideoDraftStore.getState().update({
      prompt: job.prompt,
      model: job.model,
      seconds: job.seconds,
      size: job.size,
      vendor: job.vendor,
    });
    const box = document.getElementById(videoPromptId);
    box?.scrollIntoView({ behavior: scrollBehavior(), block: "center" });
    box?.focus({ preventScroll: true });
  }

  // Settings and status; the server adds the finished MP4, fetched by the job id with the user's key.
  // The builder and the share schemas load when a link is made, not with the page.
  async function snapshot() {
    const { videosSnapshotFrom } = await import("@/lib/shares/media-builders");
    const liveError = view.video?.error;
    const error = job.outcome
      ? { code: job.outcome.errorCode, message: job.outcome.errorMessage }
      : liveError
        ? {
            code: liveError.code == null ? undefined : String(liveError.code),
            message: liveError.message ?? undefined,
          }
        : undefined;
    return videosSnapshotFrom({
      settings: {
        prompt: job.prompt,
        model: job.model,
        size: job.size,
        seconds: job.seconds,
        vendor: job.vendor,
      },
      status: view.phase,
      progress: view.progress,
      error,
    });
  }

  return (
    <li
      className="bg-card grid min-w-0 content-start gap-3 rounded-xl border p-3 shadow-xs sm:p-4"
      data-testid="video-job"
      data-job-id={job.id}
      data-phase={view.phase}
    >
      <div className="flex items-start gap-2">
        <div className="flex min-w-0 flex-1 flex-wrap items-center gap-x-2 gap-y-1">
          <VideoStatusBadge phase={view.phase} unknownWord={view.unknownWord} />
          <span className="text-muted-foreground font-mono text-xs" data-testid="video-meta">
            {job.model} · {job.size} · {format.seconds(Number(job.seconds))}
          </span>
        </div>
        <VideoRemoveButton
          job={job}
          running={!job.outcome && view.phase !== "completed" && view.phase !== "failed"}
        />
      </div>
      <p className="line-clamp-4 text-sm break-words whitespace-pre-wrap" data-testid="video-prompt">
        {job.prompt}
      </p>
      {(job.remixOf || job.hadReference) && (
        <p className="text-muted-foreground truncate font-mono text-xs">
          {job.remixOf ? t("videos.jobs.remixOf", { id: job.remixOf }) : t("videos.jobs.withReference")}
        </p>
      )}
      <VideoProgress
        value={view.progress}
        label={t("videos.jobs.progress")}
        tone={done ? "done" : view.phase === "failed" ? "failed" : "running"}
      />
      <p className="text-muted-foreground flex flex-wrap gap-x-3 gap-y-1 text-xs">
        <span>{t("videos.jobs.created", { time: format.date(job.createdAt) })}</span>
        <ElapsedTime since={job.createdAt} until={job.outcome?.at} />
      </p>
      <VideoJobNotices job={job} view={view} />
      {done && <VideoResult job={job} externalUrl={job.outcome?.externalUrl} />}
      <div className="flex flex-wrap gap-1">
        <CopyPromptButton prompt={job.prompt} />
        <Button variant="ghost" size="sm" onClick={reuse} data-testid="video-reuse">
          <RepeatIcon aria-hidden />
          {t("videos.job.reuse")}
        </Button>
        <ShareButton
          getSnapshot={snapshot}
          videoJobId={done ? job.id : undefined}
          className="border-transparent shadow-none"
        />
        <InspectExchanges of="videos" owner={job.id} look="text" />
        {done && supportsRemix(job.model) && !remixing && (
          <Button variant="ghost" size="sm" onClick={() => setRemixing(true)} data-testid="video-remix">
            <SparklesIcon aria-hidden />
            {t("videos.job.remix")}
          </Button>
        )}
      </div>
      {remixing && <VideoRemixForm job={job} onDone={() => setRemixing(false)} />}
    </li>
  );
}
