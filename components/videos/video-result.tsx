"use client";

import { DownloadIcon, ExternalLinkIcon } from "lucide-react";
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
  const [w, h] = job.size.split("x").map(Number);
  const portrait = (h ?? 0) > (w ?? 0);
  return (
    <div className="grid gap-2">
      {/* biome-ignore lint/a11y/useMediaCaption: generated videos have no speech and no caption track. */}
      <video
        src={src}
        controls
        preload="metadata"
        playsInline
        aria-label={t("videos.job.player", { prompt: job.prompt })}
        data-testid="video-player"
        className={cn(
          "mx-auto w-full rounded-lg bg-black",
          portrait ? "aspect-[9/16] max-h-[28rem] w-auto max-w-full" : "aspect-video",
        )}
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
