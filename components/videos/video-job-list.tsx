"use client";

import { useT } from "@/lib/i18n/provider";
import { useVideoJobsStore } from "@/lib/videos/store";
import { VideoJobCard } from "./video-job-card";

/** Every job of this browser, newest first; each card polls its own status. */
export function VideoJobList() {
  const t = useT();
  const jobs = useVideoJobsStore((s) => s.jobs);
  return (
    <section aria-labelledby="videos-jobs-heading" className="grid gap-3">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="videos-jobs-heading" className="text-lg font-semibold">
          {t("videos.jobs.heading")}
        </h2>
        {jobs.length > 0 && (
          <span className="text-muted-foreground text-sm" data-testid="video-job-count">
            {jobs.length === 1 ? t("videos.jobs.countOne") : t("videos.jobs.count", { count: jobs.length })}
          </span>
        )}
      </div>
      {jobs.length === 0 ? (
        <p
          className="text-muted-foreground rounded-xl border border-dashed p-6 text-center text-sm"
          data-testid="video-jobs-empty"
        >
          {t("videos.jobs.empty")}
        </p>
      ) : (
        <ul className="grid items-start gap-3 md:grid-cols-2" data-testid="video-jobs">
          {jobs.map((job) => (
            <VideoJobCard key={job.id} job={job} />
          ))}
        </ul>
      )}
    </section>
  );
}
