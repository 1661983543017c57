"use client";

import { ClapperboardIcon, LoaderCircleIcon } from "lucide-react";
import { useState } from "react";
import { ViewCodeButton } from "@/components/shared/code-view/view-code-button";
import { lazyDialog } from "@/components/shared/lazy-dialog";
import { PromptBox } from "@/components/shared/prompt-box";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { useT } from "@/lib/i18n/provider";
import { revealInView } from "@/lib/motion";
import { useSettingsStore } from "@/lib/settings/store";
import { sendHandlers } from "@/lib/shortcuts/send-handlers";
import { useVideoDraftStore } from "@/lib/videos/draft-store";
import { buildCreateForm, pickSize, vendorHeaders } from "@/lib/videos/request";
import { exchangeOwnerOf, useCreateVideo } from "@/lib/videos/use-create-video";
import { VideoChoiceFields } from "./video-choice-fields";
import { VideoModelField } from "./video-model-field";
import { VideoReferenceField } from "./video-reference-field";
import { VideoVendorField } from "./video-vendor-field";

// Shown only after a failed create: fetched after the load event (page weight).
const VideoRequestError = lazyDialog(() => import("./video-request-error").then((m) => m.VideoRequestError));

/** The prompt box's id: "Reuse settings" on a job focuses it. */
export const videoPromptId = "videos-prompt";

export function VideoForm() {
  const t = useT();
  const prompt = useVideoDraftStore((s) => s.prompt);
  const model = useVideoDraftStore((s) => s.model);
  const size = useVideoDraftStore((s) => s.size);
  const update = useVideoDraftStore((s) => s.update);
  const [reference, setReference] = useState<File>();
  const [invalid, setInvalid] = useState<string>();
  const create = useCreateVideo();

  function submit() {
    if (create.isPending) return;
    const draft = useVideoDraftStore.getState();
    if (!draft.prompt.trim()) return setInvalid(t("videos.form.promptRequired"));
    if (!draft.model.trim()) return setInvalid(t("videos.form.modelRequired"));
    setInvalid(undefined);
    // The form keeps every field either way: on success to iterate, on failure to fix and resend.
    // The new job's card heads the list below the form: bring it into view (the focus stays here).
    create.mutate(sendable(), {
      onSuccess: (video) =>
        requestAnimationFrame(() => {
          const card = document.querySelector(`[data-job-id="${CSS.escape(video.id)}"]`);
          if (card) revealInView(card);
        }),
    });
  }

  /** What Create sends (and View code shows). */
  function sendable() {
    const draft = useVideoDraftStore.getState();
    return {
      prompt: draft.prompt,
      model: draft.model,
      seconds: draft.seconds,
      size: pickSize(draft.model, draft.size),
      reference,
      vendor: draft.vendor.trim() || useSettingsStore.getState().vendor,
    };
  }

  const { onSubmit } = sendHandlers(submit);

  return (
    <form onSubmit={onSubmit} className="bg-card grid gap-4 rounded-xl border p-4 shadow-xs" noValidate>
      <div className="grid gap-1.5">
        <Label htmlFor={videoPromptId}>{t("videos.form.promptLabel")}</Label>
        <PromptBox
          id={videoPromptId}
          value={prompt}
          onValueChange={(value) => update({ prompt: value })}
          onSend={submit}
          placeholder={t("videos.form.promptPlaceholder")}
          enterPlaceholder={t("videos.form.promptPlaceholderEnter")}
          touchPlaceholder={t("videos.form.promptPlaceholderTouch")}
          aria-invalid={invalid ? true : undefined}
          data-testid="videos-prompt"
        />
      </div>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <VideoModelField />
        <VideoChoiceFields />
        <VideoVendorField />
      </div>
      <VideoReferenceField file={reference} onChange={setReference} size={pickSize(model, size)} />
      {invalid && (
        <p role="alert" className="text-destructive text-sm" data-testid="videos-form-invalid">
          {invalid}
        </p>
      )}
      {create.error && (
        <VideoRequestError
          error={create.error}
          testId="videos-form-error"
          note={t("videos.form.formKept")}
          onRetry={submit}
          inspectOwner={create.variables && exchangeOwnerOf(create.variables)}
        />
      )}
      <div className="flex flex-wrap justify-end gap-2">
        <ViewCodeButton
          build={() => {
            const input = sendable();
            return { kind: "videos", form: buildCreateForm(input), headers: vendorHeaders(input.vendor) };
          }}
        />
        <Button
          type="submit"
          disabled={create.isPending}
          data-testid="videos-create"
          className="w-full sm:w-auto"
        >
          {create.isPending ? (
            <LoaderCircleIcon className="animate-spin" aria-hidden />
          ) : (
            <ClapperboardIcon aria-hidden />
          )}
          {create.isPending ? t("videos.form.creating") : t("videos.form.create")}
        </Button>
      </div>
    </form>
  );
}
