import { cn } from "@/lib/utils";

interface Props {
  value: number;
  label: string;
  tone: "running" | "done" | "failed";
}

/** A determinate progress bar with its percentage; an accessible progressbar for screen readers. */
export function VideoProgress({ value, label, tone }: Props) {
  const pct = Math.max(0, Math.min(100, Math.round(value)));
  return (
    <div className="flex items-center gap-2">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        aria-valuetext={`${pct}%`}
        data-testid="video-progress"
        className="bg-muted h-2 flex-1 overflow-hidden rounded-full"
      >
        <div
          className={cn(
            "h-full rounded-full transition-[width] duration-500",
            tone === "failed"
              ? "bg-destructive"
              : tone === "done"
                ? "bg-emerald-600 dark:bg-emerald-500"
                : "bg-primary",
          )}
          style={{ width: `${pct}%` }}
        />
      </div>
      <span className="text-muted-foreground w-10 text-right font-mono text-xs tabular-nums" aria-hidden>
        {pct}%
      </span>
    </div>
  );
}
