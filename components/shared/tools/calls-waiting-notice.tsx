"use client";

import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/provider";

interface Props {
  /** How many calls wait for results (in compare: in how many panes they wait). */
  count: number;
  /** Answers every waiting call as skipped (an error result), then sends the prompt. */
  onSkip: () => void;
  /** A reply streams: nothing can be answered yet. */
  busy: boolean;
  testId: string;
  /** Compare words it per pane. */
  panes?: boolean;
}

/**
 * In a composer while the last reply's tool calls wait for results: says why Send is held (the APIs
 * refuse a new prompt after calls without results) and offers the way out. Nothing typed is lost: the
 * prompt stays in the box until it is sent.
 */
export function CallsWaitingNotice({ count, onSkip, busy, testId, panes }: Props) {
  const t = useT();
  return (
    <div
      className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border border-dashed px-3 py-2 text-sm"
      data-testid={`${testId}-calls-waiting`}
    >
      <p role="status" className="text-muted-foreground min-w-0 flex-1" id={`${testId}-calls-waiting-text`}>
        {panes ? t("tools.waiting.panes", { count }) : t("tools.waiting.calls", { count })}
      </p>
      <Button
        type="button"
        size="sm"
        variant="outline"
        disabled={busy}
        onClick={onSkip}
        data-testid={`${testId}-skip-calls`}
      >
        {t("tools.waiting.skip")}
      </Button>
    </div>
  );
}
