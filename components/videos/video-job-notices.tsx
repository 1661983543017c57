"use client";

import { CircleAlertIcon, RefreshCwIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { DisplayError } from "@/lib/errors";
import { useT } from "@/lib/i18n/provider";
import type { StoredVideoJob } from "@/lib/schemas/videos";
import type { VideoJobView } from "@/lib/videos/use-video-job";

function summarise(error: DisplayError): string {
  const head = error.status === 0 ? "" : `HTTP ${error.status}`;
  const id = error.requestId ? ` · ${error.requestId}` : "";
  return [head, error.message].filter(Boolean).join(": ") + id;
}

/** A failed job's upstream error, or the state of status checks that are failing. */
export function VideoJobNotices({ job, view }: { job: StoredVideoJob; view: VideoJobView }) {
  const t = useT();
  const failed = view.phase === "failed";
  const code =
    job.outcome?.errorCode ?? (view.video?.error?.code == null ? undefined : String(view.video.error.code));
  const message = job.outcome?.errorMessage ?? view.video?.error?.message ?? undefined;
  return (
    <>
      {failed && (
        <div
          role="alert"
          data-testid="video-error"
          className="border-destructive/40 bg-destructive/5 grid gap-1 rounded-lg border p-3 text-sm"
        >
          <p className="text-destructive flex items-center gap-2 font-medium">
            <CircleAlertIcon className="size-4 shrink-0" aria-hidden />
            {t("videos.job.failedTitle")}
            {code && <span className="text-muted-foreground font-mono text-xs font-normal">{code}</span>}
          </p>
          <p className="break-words">{message ?? t("videos.job.noReason")}</p>
        </div>
      )}
      {view.retrying && (
        <p
          role="status"
          data-testid="video-retrying"
          className="flex items-start gap-2 rounded-md bg-amber-50 p-2 text-xs text-amber-900 dark:bg-amber-950/50 dark:text-amber-200"
        >
          <RefreshCwIcon
            className="mt-0.5 size-3.5 shrink-0 animate-spin [animation-duration:3s]"
            aria-hidden
          />
          <span className="break-words">
            {t("videos.job.retrying", {
              error: summarise(view.retrying.error.display),
              attempt: view.retrying.attempt,
            })}
          </span>
        </p>
      )}
      {view.stopped && (
        <div
          role="alert"
          data-testid="video-poll-stopped"
          className="border-destructive/40 flex flex-wrap items-center gap-2 rounded-md border p-2 text-xs"
        >
          <span className="min-w-0 flex-1 break-words">
            {t("videos.job.stopped", { error: summarise(view.stopped.display) })}
          </span>
          <Button size="sm" variant="outline" onClick={view.checkAgain} data-testid="video-check-again">
            <RefreshCwIcon aria-hidden />
            {t("videos.job.checkAgain")}
          </Button>
        </div>
      )}
    </>
  );
}
