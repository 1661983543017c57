import { cn } from "@/lib/utils";

/**
 * A finished video from our own origin (the proxy's /content, or a share's stored MP4): seekable by
 * Range, shaped by its `WxH` size. No hooks, so the server-rendered share page uses it too.
 */
export function VideoPlayer({
  src,
  size,
  label,
  testId,
}: {
  src: string;
  size: string;
  label: string;
  testId: string;
}) {
  const [w, h] = size.split("x").map(Number);
  const portrait = (h ?? 0) > (w ?? 0);
  return (
    // biome-ignore lint/a11y/useMediaCaption: generated videos have no speech and no caption track.
    <video
      src={src}
      controls
      preload="metadata"
      playsInline
      aria-label={label}
      data-testid={testId}
      className={cn(
        "mx-auto w-full rounded-lg bg-black",
        portrait ? "aspect-[9/16] max-h-[28rem] w-auto max-w-full" : "aspect-video",
      )}
    />
  );
}
