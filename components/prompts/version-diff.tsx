"use client";

import { useMemo } from "react";
import { useFormat, useT } from "@/lib/i18n/provider";
import { diffMaxChars, diffMaxEdits, diffSetups, foldUnchanged } from "@/lib/prompts/diff";
import type { PromptVersion } from "@/lib/prompts/schema";
import { cn } from "@/lib/utils";

const marks = { same: " ", added: "+", removed: "-" } as const;
const tones = {
  same: "text-muted-foreground",
  added: "bg-emerald-500/10 text-emerald-800 dark:text-emerald-300",
  removed: "bg-red-500/10 text-red-800 dark:text-red-300",
} as const;

/** A version against the one before it, as a folded line diff (bounded: see lib/prompts/diff.ts). */
export function VersionDiff({ before, after }: { before?: PromptVersion; after: PromptVersion }) {
  const t = useT();
  const format = useFormat();
  const diff = useMemo(() => diffSetups(before?.setup, after.setup), [before, after]);
  // Rows of one fixed diff, never reordered: their position is their identity.
  const rows = useMemo(
    () => (diff.ok ? foldUnchanged(diff.lines).map((row, id) => ({ row, id })) : []),
    [diff],
  );
  const title = before ? t("prompts.diffTitle", { n: before.n }) : t("prompts.diffFirst");
  return (
    <section aria-label={title} className="flex min-w-0 flex-col gap-1.5" data-testid="prompt-diff">
      <h3 className="text-sm font-medium">{title}</h3>
      {!diff.ok ? (
        <p className="text-muted-foreground text-sm" data-testid="prompt-diff-capped">
          {diff.reason === "too-large"
            ? t("prompts.diffTooLarge", { chars: format.number(diffMaxChars) })
            : t("prompts.diffTooManyChanges", { edits: format.number(diffMaxEdits) })}
        </p>
      ) : (
        <>
          {before && (
            <p className="text-muted-foreground text-xs" data-testid="prompt-diff-summary">
              {diff.added + diff.removed === 0
                ? t("prompts.diffNone")
                : t("prompts.diffSummary", { added: diff.added, removed: diff.removed })}
            </p>
          )}
          <pre className="bg-muted/40 max-h-80 overflow-auto rounded-md border p-2 font-mono text-xs leading-5">
            {rows.map(({ row, id }) =>
              row.kind === "skipped" ? (
                <div key={id} className="text-muted-foreground select-none">
                  {t("prompts.diffSkipped", { count: row.count })}
                </div>
              ) : (
                <div
                  key={id}
                  className={cn("whitespace-pre-wrap break-words", tones[row.kind])}
                  data-kind={row.kind}
                >
                  <span className="select-none">{`${marks[row.kind]} `}</span>
                  {row.text || " "}
                </div>
              ),
            )}
          </pre>
        </>
      )}
    </section>
  );
}
