"use client";

import { useFormat, useT } from "@/lib/i18n/provider";
import type { Prompt } from "@/lib/prompts/schema";
import { cn } from "@/lib/utils";

interface Props {
  prompts: Prompt[];
  selectedId?: string;
  onSelect: (id: string) => void;
  className?: string;
}

/** The saved prompts, most recently saved first. */
export function PromptList({ prompts, selectedId, onSelect, className }: Props) {
  const t = useT();
  const format = useFormat();
  return (
    <nav aria-label={t("prompts.promptsList")} className={cn("min-w-0", className)}>
      <ul className="flex flex-col gap-1" data-testid="prompt-list">
        {prompts.map((p) => {
          const last = p.versions.at(-1);
          const count = p.versions.length;
          return (
            <li key={p.id}>
              <button
                type="button"
                onClick={() => onSelect(p.id)}
                aria-current={p.id === selectedId ? "true" : undefined}
                className={cn(
                  "hover:bg-muted w-full rounded-md px-2 py-1.5 text-left text-sm",
                  p.id === selectedId && "bg-muted",
                )}
                data-testid="prompt-list-item"
              >
                <span className="block truncate font-medium">{p.name}</span>
                <span className="text-muted-foreground block truncate text-xs">
                  {count === 1 ? t("prompts.versionsOne") : t("prompts.versionsCount", { count })}
                  {last ? ` · ${format.date(last.savedAt, { dateStyle: "medium", timeStyle: "short" })}` : ""}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
