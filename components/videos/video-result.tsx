"use client";

import { DownloadIcon, ExternalLinkIcon } from "lucide-react";
import { VideoPlayer } from "@/components/shared/video-player";
import { buttonVariants } from "@/components/ui/button";
import { useT } from "@/lib/i18n/provider";
import type { StoredVideoJob } from "@/lib/schemas/videos";
import { cn } from "@/lib/utils";
import { downloadFileName } from "@/lib/videos/request";
import { contentPath } from "@/lib/videos/urls";

/**
 * The finished video, played and downloaded through our proxy's /content path (same origin: the key
 * stays in the cookie, Range seeking works, `download` names the file). The gateway's own link, when it
 * sent one, is offered as a plain link only: it may be another origin and may expire.
 */
export function VideoResult({ job, externalUrl }: { job: StoredVideoJob; externalUrl?: string }) {
  const t = useT();
  const src = contentPath(job.id);
  return (
    <div className="grid gap-2">
      <VideoPlayer
        src={src}
        size={job.size}
        label={t("videos.job.player", { prompt: job.prompt })}
        testId="video-player"
      />
      <div className="flex flex-wrap items-center gap-2">
        <a
          href={src}
          download={downloadFileName(job)}
          className={cn(buttonVariants({ variant: "outline", size: "sm" }))}
          data-testid="video-download"
        >
          <DownloadIcon aria-hidden />
          {t("videos.job.download")}
        </a>
        {externalUrl && (
          <a
            href={externalUrl}
            target="_blank"
            rel="noopener noreferrer nofollow"
            referrerPolicy="no-referrer"
            title={t("videos.job.openUpstreamTitle")}
            className={cn(buttonVariants({ variant: "ghost", size: "sm" }))}
            data-testid="video-external-link"
          >
            <ExternalLinkIcon aria-hidden />
            {t("videos.job.openUpstream")}
          </a>
        )}
      </div>
    </div>
  );
}
