"use client";

import { useMemo, useState } from "react";
import { MarkdownBlock } from "@/components/shared/markdown/markdown-block";
import type { CodeGenerator, CodeRequest } from "@/lib/code-gen/types";
import { useT } from "@/lib/i18n/provider";
import { cn } from "@/lib/utils";

interface Props {
  request: CodeRequest;
  /** The languages this tab offers, in order (e.g. `chatCompletionsGenerators`). */
  generators: CodeGenerator[];
  initial?: string;
}

/** A request as runnable code in the caller's languages, highlighted, with copy. */
export function CodeView({ request, generators, initial }: Props) {
  const t = useT();
  const [selected, setSelected] = useState(initial ?? generators[0]?.id ?? "");
  const generator = generators.find((g) => g.id === selected) ?? generators[0];
  const code = useMemo(() => generator?.generate(request) ?? "", [generator, request]);
  // A fence longer than any backtick run inside keeps the code one block.
  const fence = "`".repeat(Math.max(3, ...(code.match(/`+/g) ?? []).map((run) => run.length + 1)));
  return (
    <div className="flex min-w-0 flex-col gap-2">
      <div role="tablist" aria-label={t("shared.code.languages")} className="flex flex-wrap gap-1">
        {generators.map((g) => (
          <button
            key={g.id}
            type="button"
            role="tab"
            aria-selected={g.id === generator?.id}
            onClick={() => setSelected(g.id)}
            className={cn(
              "rounded-md border px-2.5 py-1 text-xs font-medium",
              g.id === generator?.id ? "bg-primary text-primary-foreground border-primary" : "hover:bg-muted",
            )}
            data-testid={`code-lang-${g.id}`}
          >
            {g.label}
          </button>
        ))}
      </div>
      <div className="min-w-0" role="tabpanel" data-testid="code-view" data-language={generator?.id}>
        <div className="markdown max-h-[60vh] overflow-auto [&>div]:my-0" data-testid="code-view-text">
          <MarkdownBlock text={`${fence}${generator?.language ?? ""}\n${code}\n${fence}`} />
        </div>
      </div>
    </div>
  );
}
