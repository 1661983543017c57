"use client";

import type { ExchangeLog } from "@/lib/conversations/exchange-log";
import { useFormat, useT } from "@/lib/i18n/provider";
import { cn } from "@/lib/utils";

interface Props {
  log: ExchangeLog;
  ids: readonly string[];
  selected: string | null;
  onSelect: (id: string) => void;
}

/** The requests of one video job or image batch (create, then status polls), one to inspect at a time. */
export function ExchangePicker({ log, ids, selected, onSelect }: Props) {
  const t = useT();
  const f = useFormat();
  return (
    <nav aria-label={t("shared.inspector.exchanges")} className="max-h-40 overflow-y-auto rounded-md border">
      <ol className="divide-y text-xs" data-testid="inspector-exchanges">
        {ids.map((id) => {
          const record = log.get(id);
          if (!record) return null;
          const path = record.request.url.replace(/^\/api\/apigo/, "");
          return (
            <li key={id}>
              <button
                type="button"
                onClick={() => onSelect(id)}
                aria-current={id === selected ? "true" : undefined}
                className={cn(
                  "hover:bg-muted focus-visible:ring-ring/50 flex w-full gap-2 px-2 py-1.5 text-left font-mono outline-none focus-visible:ring-[3px]",
                  id === selected && "bg-muted font-semibold",
                )}
                data-testid="inspector-exchange"
              >
                <span className="shrink-0">{record.request.method}</span>
                <span className="min-w-0 flex-1 truncate">{path}</span>
                <span className="shrink-0">{record.response?.status ?? t("shared.inspector.pending")}</span>
                <span className="text-muted-foreground shrink-0">
                  {f.date(record.sentAt, { timeStyle: "medium" })}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
