"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ShareButton } from "@/components/share/share-button";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { type MessageKey, useFormat, useT } from "@/lib/i18n/provider";
import { type PromptTab, rememberPromptId } from "@/lib/prompts/last-prompt";
import { type OpenTarget, openVersion } from "@/lib/prompts/open-version";
import type { Prompt } from "@/lib/prompts/schema";
import { sharedPrompt } from "@/lib/prompts/shared-form";
import { toolNames } from "@/lib/prompts/tool-names";
import { listVariables } from "@/lib/prompts/variables";
import { DeletePrompt } from "./delete-prompt";
import { errorMessage } from "./error-message";
import { VersionDiff } from "./version-diff";

const targets: { target: OpenTarget; label: MessageKey }[] = [
  { target: "chat", label: "prompts.openChat" },
  { target: "messages", label: "prompts.openMessages" },
  { target: "compare", label: "prompts.openCompare" },
];

interface Props {
  prompt: Prompt;
  /** Closes the library (after a version was opened in a tab). */
  onDone: () => void;
}

/** One prompt: its versions, the chosen version's variables and diff, and where to open it. */
export function PromptDetail({ prompt, onDone }: Props) {
  const t = useT();
  const format = useFormat();
  const router = useRouter();
  const latest = prompt.versions.at(-1)?.n ?? 1;
  const [chosenN, setChosenN] = useState(latest);
  const index = Math.max(
    0,
    prompt.versions.findIndex((v) => v.n === chosenN),
  );
  const version = prompt.versions[index] ?? prompt.versions[0];
  const open = useMutation({
    mutationFn: async (target: OpenTarget) => {
      if (!version) return;
      const path = await openVersion(version.setup, target, prompt.name);
      if (target !== "compare") rememberPromptId(target satisfies PromptTab, prompt.id);
      onDone();
      router.push(path);
    },
  });
  if (!version) return null;
  const variables = listVariables(version.setup);
  const { setup } = version;

  return (
    <div className="flex min-w-0 flex-col gap-3" data-testid="prompt-detail">
      <div className="flex flex-wrap items-baseline gap-2">
        <h3 className="text-base font-semibold break-all">{prompt.name}</h3>
        <Badge variant="secondary">
          {t(setup.api === "chat" ? "prompts.apiChat" : "prompts.apiMessages")}
        </Badge>
        <span className="text-muted-foreground text-xs break-all">
          {setup.model}
          {setup.vendor ? ` · ${setup.vendor}` : ""}
        </span>
      </div>
      <fieldset>
        <legend className="mb-1 text-sm font-medium">{t("prompts.versions")}</legend>
        <div className="flex max-h-24 flex-wrap gap-1 overflow-y-auto" role="radiogroup">
          {prompt.versions.map((v) => (
            <Button
              key={v.n}
              type="button"
              role="radio"
              aria-checked={v.n === version.n}
              aria-label={t("prompts.versionSaved", {
                n: v.n,
                date: format.date(v.savedAt, { dateStyle: "medium", timeStyle: "short" }),
              })}
              variant={v.n === version.n ? "default" : "outline"}
              size="sm"
              onClick={() => setChosenN(v.n)}
              data-testid={`prompt-version-${v.n}`}
            >
              {t("prompts.versionLabel", { n: v.n })}
            </Button>
          ))}
        </div>
      </fieldset>
      <p className="text-muted-foreground text-xs" data-testid="prompt-version-saved">
        {t("prompts.versionSaved", {
          n: version.n,
          date: format.date(version.savedAt, { dateStyle: "medium", timeStyle: "short" }),
        })}
      </p>
      <div className="flex flex-wrap items-center gap-1.5">
        <span className="text-sm font-medium">{t("prompts.openIn")}</span>
        {targets.map(({ target, label }) => (
          <Button
            key={target}
            size="sm"
            variant="outline"
            disabled={open.isPending}
            onClick={() => open.mutate(target)}
            data-testid={`prompt-open-${target}`}
          >
            {t(label)}
          </Button>
        ))}
      </div>
      {setup.tools?.length ? (
        <p className="text-muted-foreground text-xs" data-testid="prompt-tools">
          {t("prompts.tools", { names: toolNames(setup).join(", ") })}
        </p>
      ) : null}
      {open.error && (
        <p role="alert" className="text-destructive text-sm">
          {t("prompts.openFailed", { message: errorMessage(open.error) })}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-1.5" data-testid="prompt-variables">
        <span className="text-sm font-medium">{t("prompts.variables")}</span>
        {variables.length === 0 ? (
          <span className="text-muted-foreground text-sm">{t("prompts.noVariables")}</span>
        ) : (
          variables.map((name) => (
            <code key={name} className="bg-muted rounded px-1.5 py-0.5 text-xs">{`{{${name}}}`}</code>
          ))
        )}
      </div>
      <VersionDiff before={index > 0 ? prompt.versions[index - 1] : undefined} after={version} />
      <div className="flex flex-wrap items-start gap-1.5">
        <ShareButton
          getSnapshot={() => ({
            v: 1,
            kind: "prompt",
            title: prompt.name.slice(0, 80),
            prompt: sharedPrompt(prompt),
          })}
        />
        <DeletePrompt prompt={prompt} />
      </div>
    </div>
  );
}
