"use client";

import { useState } from "react";
import { useEvalStore } from "@/lib/evaluate/store";
import { useT } from "@/lib/i18n/provider";
import { PromptVersionSelect, type VersionRef } from "./prompt-version-select";

/** Loads a saved prompt version into the run's base prompt (a copy: editing it changes no version). */
export function SavedPromptPicker({ disabled }: { disabled: boolean }) {
  const t = useT();
  const [picked, setPicked] = useState<VersionRef | undefined>();
  return (
    <PromptVersionSelect
      label={t("evaluate.savedPrompt")}
      noneLabel={t("evaluate.savedPromptNone")}
      value={picked}
      disabled={disabled}
      className="w-64 max-w-full"
      testId="eval-saved-prompt"
      onChange={(ref, found) => {
        setPicked(ref);
        if (found) useEvalStore.getState().setPrompt(found.version.setup);
      }}
    />
  );
}
