"use client";

import { useId } from "react";
import { Label } from "@/components/ui/label";
import { useT } from "@/lib/i18n/provider";
import { usePrompts } from "@/lib/prompts/queries";
import type { Prompt, PromptVersion } from "@/lib/prompts/schema";
import { cn } from "@/lib/utils";

export interface VersionRef {
  id: string;
  n: number;
}

export function findVersion(prompts: readonly Prompt[] | undefined, ref: VersionRef) {
  const prompt = prompts?.find((p) => p.id === ref.id);
  const version = prompt?.versions.find((v) => v.n === ref.n);
  return prompt && version ? { prompt, version } : undefined;
}

/** A native select of every saved prompt version (newest first), from the prompt library. */
export function PromptVersionSelect({
  label,
  noneLabel,
  value,
  onChange,
  disabled,
  testId,
  className,
}: {
  label: string;
  noneLabel: string;
  value: VersionRef | undefined;
  onChange: (ref: VersionRef | undefined, found?: { prompt: Prompt; version: PromptVersion }) => void;
  disabled?: boolean;
  testId: string;
  className?: string;
}) {
  const t = useT();
  const id = useId();
  const prompts = usePrompts();
  const selected = value ? `${value.id}:${value.n}` : "";
  return (
    <div className={cn("grid min-w-0 content-start gap-1.5", className)}>
      <Label htmlFor={id}>{label}</Label>
      <select
        id={id}
        value={selected}
        disabled={disabled}
        onChange={(e) => {
          const [promptId, n] = e.target.value.split(":");
          if (!promptId || !n) return onChange(undefined);
          const ref = { id: promptId, n: Number(n) };
          onChange(ref, findVersion(prompts.data, ref));
        }}
        className="border-input dark:bg-input/30 h-9 w-full min-w-0 rounded-md border bg-transparent px-2 text-base shadow-xs md:text-sm dark:[&>option]:bg-popover"
        data-testid={testId}
      >
        <option value="">{prompts.isPending ? t("evaluate.savedPromptLoading") : noneLabel}</option>
        {prompts.data?.map((prompt) => (
          <optgroup key={prompt.id} label={prompt.name}>
            {[...prompt.versions].reverse().map((v) => (
              <option key={v.n} value={`${prompt.id}:${v.n}`}>
                {t("evaluate.savedPromptVersion", { name: prompt.name, n: v.n })}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
