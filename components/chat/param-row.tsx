"use client";

import { type ReactNode, useId } from "react";
import { useT } from "@/lib/i18n/provider";
import type { ParamKey } from "@/lib/schemas/chat-params";
import { cn } from "@/lib/utils";

interface Props {
  name: ParamKey;
  label: string;
  enabled: boolean;
  onEnabledChange: (enabled: boolean) => void;
  problem?: string;
  hint?: string;
  children: (id: string, enabled: boolean) => ReactNode;
}

/** One parameter: a switch that decides whether it is sent at all, its wire name, and its editor. */
export function ParamRow({ name, label, enabled, onEnabledChange, problem, hint, children }: Props) {
  const t = useT();
  const id = useId();
  return (
    <div
      className={cn("grid gap-1.5 rounded-md border p-2.5", !enabled && "bg-muted/30")}
      data-testid={`param-${name}`}
    >
      <div className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={enabled}
          onChange={(e) => onEnabledChange(e.target.checked)}
          aria-label={t("chat.params.toggle", { name })}
          className="accent-primary size-4"
          data-testid={`param-${name}-toggle`}
        />
        <label htmlFor={id} className={cn("text-sm font-medium", !enabled && "text-muted-foreground")}>
          {label}
        </label>
        <code className="text-muted-foreground ml-auto font-mono text-[11px]">{name}</code>
      </div>
      {children(id, enabled)}
      {enabled && problem && <p className="text-destructive text-xs">{problem}</p>}
      {hint && <p className="text-muted-foreground text-xs">{hint}</p>}
    </div>
  );
}
