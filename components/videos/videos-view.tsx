"use client";

import { useEffect, useState } from "react";
import { useT } from "@/lib/i18n/provider";
import { useVideoDraftStore } from "@/lib/videos/draft-store";
import { useVideoJobsStore } from "@/lib/videos/store";
import { VideoForm } from "./video-form";
import { VideoJobList } from "./video-job-list";

export function VideosView() {
  const t = useT();
  const [ready, setReady] = useState(false);

  // Persisted jobs and draft load after the first render matched the server's; polling of unfinished
  // jobs starts as soon as their cards mount.
  useEffect(() => {
    void Promise.all([useVideoJobsStore.persist.rehydrate(), useVideoDraftStore.persist.rehydrate()]).then(
      () => setReady(true),
    );
  }, []);

  return (
    <div className="grid gap-6" data-testid="videos-view" data-ready={ready}>
      <header className="grid gap-1">
        <h1 className="text-xl font-semibold">{t("videos.heading")}</h1>
        <p className="text-muted-foreground text-sm">{t("videos.intro")}</p>
      </header>
      <VideoForm />
      <VideoJobList />
    </div>
  );
}
