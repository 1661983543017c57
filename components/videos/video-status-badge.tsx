"use client";

import { Badge } from "@/components/ui/badge";
import { useT } from "@/lib/i18n/provider";
import { cn } from "@/lib/utils";
import type { VideoPhase } from "@/lib/videos/status";

const tones: Record<VideoPhase, string> = {
  queued: "bg-secondary text-secondary-foreground",
  running: "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200",
  completed: "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200",
  failed: "bg-destructive/10 text-destructive dark:bg-destructive/25 dark:text-red-300",
};

/** The phase in words; a status word the gateway invented is shown as it came. */
export function VideoStatusBadge({ phase, unknownWord }: { phase: VideoPhase; unknownWord?: string }) {
  const t = useT();
  return (
    <Badge
      className={cn("border-transparent", tones[phase])}
      data-testid="video-status"
      data-phase={phase}
      title={unknownWord}
    >
      {unknownWord ? <span className="font-mono">{unknownWord}</span> : t(`videos.status.${phase}`)}
    </Badge>
  );
}
