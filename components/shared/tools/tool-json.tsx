import { TruncatedNote } from "@/components/shared/truncated-note";
import { cn } from "@/lib/utils";

/**
 * A tool call's arguments or result as pretty, capped text under its label: the live call cards and
 * the share page's read-only ones. `note` is the "shown in part" text, for a capped one.
 */
export function ToolJson({
  label,
  text,
  truncated,
  note,
  error,
}: {
  label: string;
  text: string;
  truncated: boolean;
  note: string;
  error?: boolean;
}) {
  return (
    <div className="grid gap-1 px-3 py-2">
      <span className="text-muted-foreground text-xs">{label}</span>
      <pre
        className={cn(
          "max-h-60 overflow-auto font-mono text-xs whitespace-pre-wrap break-all",
          error && "text-destructive",
        )}
      >
        {text}
      </pre>
      {truncated && <TruncatedNote text={note} />}
    </div>
  );
}
