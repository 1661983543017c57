"use client";

import { useEffect, useState } from "react";
import { UndoToast } from "@/components/shared/undo-toast";
import { useHydrated } from "@/lib/hooks/use-hydrated";
import { useT } from "@/lib/i18n/provider";
import { hasPendingFork } from "@/lib/shares/pending-fork";
import { useVideoDraftStore } from "@/lib/videos/draft-store";
import { useVideoJobsStore } from "@/lib/videos/store";
import { VideoForm, videoPromptId } from "./video-form";
import { VideoJobList } from "./video-job-list";

export function VideosView() {
  const t = useT();
  const ready = useHydrated(useVideoJobsStore, useVideoDraftStore);
  /** A shared job was opened here ("Open in my playground") and filled the form. */
  const [forked, setForked] = useState(false);

  // Persisted jobs and draft load after the first render matched the server's; polling of unfinished
  // jobs starts as soon as their cards mount.
  useEffect(() => {
    if (!ready || !hasPendingFork()) return;
    // A shared job left for this tab is taken once and fills the form like "Reuse settings".
    void import("@/lib/shares/take-pending-fork").then(({ takePendingFork }) => {
      const fork = takePendingFork("videos");
      if (!fork) return;
      const { prompt, model, seconds, size, vendor } = fork.settings;
      useVideoDraftStore.getState().update({ prompt, model, seconds, size, vendor });
      document.getElementById(videoPromptId)?.focus({ preventScroll: true });
      setForked(true);
    });
  }, [ready]);

  return (
    <div className="grid gap-6" data-testid="videos-view" data-ready={ready}>
      <header className="grid gap-1">
        <h1 className="text-xl font-semibold">{t("videos.heading")}</h1>
        <p className="text-muted-foreground text-sm">{t("videos.intro")}</p>
      </header>
      {forked && (
        <p role="status" className="text-muted-foreground text-sm" data-testid="fork-notice">
          {t("share.forked.videos")}
        </p>
      )}
      <VideoForm />
      <VideoJobList />
      <UndoToast />
    </div>
  );
}
