"use client";

import type { PaneOutcome } from "@/lib/compare/use-compare-pane";
import { tokensPerSecond } from "@/lib/conversations/metadata";
import type { DisplayError } from "@/lib/errors";
import { useFormat, useT } from "@/lib/i18n/provider";

/** A polite live region per pane: one sentence when a reply ends (never per token). */
export function PaneAnnouncer({
  index,
  outcome,
  error,
}: {
  index: number;
  outcome: PaneOutcome | undefined;
  error: DisplayError | undefined;
}) {
  const t = useT();
  const f = useFormat();
  const n = index + 1;
  let text = "";
  if (outcome?.stopped) text = t("compare.announceStopped", { n });
  else if (outcome?.failed || error)
    text = t("compare.announceFailed", { n, status: error?.status ? String(error.status) : "—" });
  // new-api ends a stream its upstream broke off with [DONE] but no finish_reason: not "finished".
  else if (outcome?.meta?.incomplete) text = t("compare.announceIncomplete", { n });
  else if (outcome?.meta) {
    const speed = tokensPerSecond(outcome.meta);
    text = t("compare.announceDone", {
      n,
      total: outcome.meta.totalMs != null ? f.duration(outcome.meta.totalMs) : "—",
      speed: speed != null ? f.number(speed, { maximumFractionDigits: 0 }) : "—",
    });
  }
  return (
    <p className="sr-only" role="status" aria-live="polite" data-testid="pane-announcer">
      {text}
    </p>
  );
}
