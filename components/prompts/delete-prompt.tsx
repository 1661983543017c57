"use client";

import { Trash2Icon } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/provider";
import { useDeletePrompt } from "@/lib/prompts/queries";
import type { Prompt } from "@/lib/prompts/schema";
import { errorMessage } from "./error-message";

/** Delete, confirmed in place (no second dialog over the library). */
export function DeletePrompt({ prompt }: { prompt: Prompt }) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const remove = useDeletePrompt();
  if (!confirming)
    return (
      <Button
        variant="ghost"
        size="sm"
        className="text-destructive self-start"
        onClick={() => setConfirming(true)}
        data-testid="prompt-delete"
      >
        <Trash2Icon aria-hidden />
        {t("prompts.delete")}
      </Button>
    );
  return (
    <fieldset className="flex flex-col gap-2 rounded-md border p-2">
      <legend className="sr-only">{t("prompts.delete")}</legend>
      <p className="text-sm">{t("prompts.deleteConfirm", { name: prompt.name })}</p>
      <div className="flex gap-1.5">
        <Button
          variant="destructive"
          size="sm"
          disabled={remove.isPending}
          onClick={() => remove.mutate(prompt.id)}
          data-testid="prompt-delete-confirm"
        >
          {t("prompts.deleteYes")}
        </Button>
        <Button variant="outline" size="sm" autoFocus onClick={() => setConfirming(false)}>
          {t("prompts.cancel")}
        </Button>
      </div>
      {remove.error && (
        <p role="alert" className="text-destructive text-sm">
          {errorMessage(remove.error)}
        </p>
      )}
    </fieldset>
  );
}
