"use client";

import { type EvalToolCall, prettyArguments } from "@/lib/evaluate/tool-calls";
import { useT } from "@/lib/i18n/provider";

/** A cell's tool calls in its dialog: each call's name and indented arguments (capped), and how graders read them. */
export function ToolCallsView({ calls }: { calls: readonly EvalToolCall[] }) {
  const t = useT();
  return (
    <section className="grid gap-2" data-testid="eval-cell-tool-calls">
      <h3 className="text-sm font-semibold">{t("evaluate.toolCalls")}</h3>
      {calls.map((call, i) => (
        <div
          // Calls have no stable id here; their order never changes once the reply is done.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          key={i}
          className="rounded-md border"
          data-testid="eval-cell-tool-call"
        >
          <p className="border-b px-3 py-1.5 font-mono text-sm font-medium break-all">{call.name}</p>
          <pre className="max-h-64 overflow-auto p-3 font-mono text-xs break-words whitespace-pre-wrap">
            {prettyArguments(call)}
          </pre>
        </div>
      ))}
      <p className="text-muted-foreground text-xs">{t("evaluate.toolCallsGraded")}</p>
    </section>
  );
}
