"use client";

import { SparklesIcon, SquareIcon } from "lucide-react";
import { useState } from "react";
import { ViewCodeButton } from "@/components/shared/code-view/view-code-button";
import { PromptBox } from "@/components/shared/prompt-box";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { useT } from "@/lib/i18n/provider";
import { useImageFormStore } from "@/lib/images/form-store";
import { clampN, isWellFormedSize, rulesFor } from "@/lib/images/model-rules";
import { preferredImageModel } from "@/lib/images/queries";
import { buildImageRequest } from "@/lib/images/request";
import { promptElementId } from "@/lib/images/use-image-actions";
import type { ImageParams } from "@/lib/schemas/images";
import { useSettingsStore } from "@/lib/settings/store";
import { sendHandlers } from "@/lib/shortcuts/send-handlers";
import { FormOptions } from "./form-options";

/** The form as Generate sends it: the preferred model when none is typed, n within the model's range. */
function sendableParams(): ImageParams {
  const params = useImageFormStore.getState().params;
  const model = params.model.trim() || preferredImageModel;
  return { ...params, model, n: clampN(params.n, model) };
}

interface Props {
  busy: boolean;
  onGenerate: (params: ImageParams) => void;
  onCancel: () => void;
}

export function ImageForm({ busy, onGenerate, onCancel }: Props) {
  const t = useT();
  const id = promptElementId;
  const prompt = useImageFormStore((s) => s.params.prompt);
  const set = useImageFormStore((s) => s.set);
  const [missingPrompt, setMissingPrompt] = useState(false);

  function submit() {
    if (busy) return;
    const params = sendableParams();
    if (!params.prompt.trim()) {
      setMissingPrompt(true);
      return;
    }
    if (!rulesFor(params.model).sizes.includes(params.size) && !isWellFormedSize(params.size)) return;
    // The form stays as it is: the prompt is kept after sending, for the next variation or a retry.
    onGenerate(params);
  }

  const { onSubmit, onKeyDown } = sendHandlers(submit);

  return (
    <form
      onSubmit={onSubmit}
      onKeyDown={(event) => event.defaultPrevented || onKeyDown(event)}
      className="bg-card flex flex-col gap-4 rounded-lg border p-3 sm:p-4"
      aria-label={t("images.heading")}
    >
      <div className="grid gap-1.5">
        <Label htmlFor={id}>{t("images.form.promptLabel")}</Label>
        <PromptBox
          id={id}
          value={prompt}
          onValueChange={(value) => {
            set({ prompt: value });
            if (value.trim()) setMissingPrompt(false);
          }}
          onSend={submit}
          placeholder={t("images.form.promptPlaceholder")}
          enterPlaceholder={t("images.form.promptPlaceholderEnter")}
          touchPlaceholder={t("images.form.promptPlaceholderTouch")}
          aria-invalid={missingPrompt}
          aria-describedby={missingPrompt ? `${id}-error` : undefined}
          className="resize-none"
          data-testid="images-prompt"
        />
        {missingPrompt && (
          <p id={`${id}-error`} className="text-destructive text-xs">
            {t("images.form.promptRequired")}
          </p>
        )}
      </div>
      <FormOptions />
      <div className="flex flex-wrap justify-end gap-2">
        <ViewCodeButton
          build={() => ({
            kind: "images",
            built: buildImageRequest(sendableParams(), useSettingsStore.getState().vendor),
          })}
        />
        {busy && (
          <Button type="button" variant="outline" onClick={onCancel} data-testid="images-cancel">
            <SquareIcon aria-hidden />
            {t("images.form.cancel")}
          </Button>
        )}
        <Button type="submit" disabled={busy} data-testid="images-generate">
          <SparklesIcon aria-hidden />
          {t("images.form.generate")}
        </Button>
      </div>
    </form>
  );
}
