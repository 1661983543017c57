import { VideoPlayer } from "@/components/shared/video-player";
import type { ShareVideo } from "@/lib/schemas/share";
import type { ViewI18n } from "./view-types";

/**
 * A video share's MP4, played from /api/shares/<id>/video (same origin, Range for seeking), or a note
 * saying why the share holds none: over the size cap, not fetchable when shared, or an older link.
 */
export function SharedVideo({
  video,
  shareId,
  prompt,
  size,
  t,
  f,
}: { video: ShareVideo | undefined; shareId: string | undefined; prompt: string; size: string } & ViewI18n) {
  if (video?.state === "stored" && shareId) {
    const src = `/api/shares/${encodeURIComponent(shareId)}/video`;
    return (
      <div className="grid gap-2">
        <VideoPlayer
          src={src}
          size={size}
          label={t("share.view.videoPlayer", { prompt: prompt.slice(0, 120) })}
          testId="share-video"
        />
        <a href={src} download="video.mp4" className="text-sm underline underline-offset-4">
          {t("share.view.videoDownload", { size: f.bytes(video.bytes) })}
        </a>
      </div>
    );
  }
  const note =
    video?.state === "too_large"
      ? t("share.view.videoTooLarge", { size: f.bytes(video.bytes), cap: f.bytes(video.cap) })
      : video?.state === "unavailable"
        ? t("share.view.videoUnavailable")
        : t("share.view.videoNote");
  return (
    <p className="text-muted-foreground text-sm" data-testid="share-video-note">
      {note}
    </p>
  );
}
