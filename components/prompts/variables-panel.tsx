"use client";

import { type RefObject, useEffect, useId } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { useT } from "@/lib/i18n/provider";
import { type FillSource, useVariableFill } from "@/lib/prompts/use-variable-fill";

export interface VariablesPanelProps {
  source: FillSource;
  /** Writes filled text back into the tab (system prompt, conversation, composer). */
  apply: (filled: FillSource) => void;
  send: () => void;
  /** Set to "fill, then send on the next render" while the panel is mounted; the tab's Send calls it first. */
  fillRef: RefObject<(() => boolean) | null>;
  busy: boolean;
}

/**
 * Inputs for the conversation's `{{variables}}` (nothing when it has none). A lazy chunk with its logic
 * (useVariableFill), so a tab's first load carries only the ref its Send consults.
 */
export function VariablesPanel({ source, apply, send, fillRef, busy }: VariablesPanelProps) {
  const t = useT();
  const id = useId();
  const vars = useVariableFill(source, apply, send);
  useEffect(() => {
    fillRef.current = vars.fillThen;
    return () => {
      fillRef.current = null;
    };
  });
  if (vars.names.length === 0) return null;
  return (
    <section
      aria-labelledby={`${id}-title`}
      className="my-2 flex flex-col gap-2 rounded-md border p-2"
      data-testid="prompt-variables-panel"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`${id}-title`} className="text-sm font-medium">
          {t("prompts.variablesPanel")}
        </h2>
        <Button
          variant="ghost"
          size="sm"
          disabled={busy || !vars.names.some((n) => vars.values[n])}
          onClick={() => vars.fill()}
          data-testid="prompt-variables-fill"
        >
          {t("prompts.fill")}
        </Button>
      </div>
      <p className="text-muted-foreground text-xs">{t("prompts.variablesHelp")}</p>
      <div className="grid gap-2 sm:grid-cols-2">
        {vars.names.map((name, i) => (
          <label key={name} htmlFor={`${id}-${i}`} className="flex min-w-0 items-center gap-2">
            <code className="bg-muted shrink-0 rounded px-1.5 py-0.5 text-xs">{`{{${name}}}`}</code>
            <Input
              id={`${id}-${i}`}
              value={vars.values[name] ?? ""}
              onChange={(e) => vars.setValue(name, e.target.value)}
              aria-label={t("prompts.variableValue", { name })}
              className="h-8"
              data-testid={`prompt-variable-${name}`}
            />
          </label>
        ))}
      </div>
    </section>
  );
}
