"use client";

import { SparklesIcon } from "lucide-react";
import { type FormEvent, useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { useT } from "@/lib/i18n/provider";
import type { StoredVideoJob } from "@/lib/schemas/videos";
import { useSettingsStore } from "@/lib/settings/store";
import { exchangeOwnerOf, useCreateVideo } from "@/lib/videos/use-create-video";
import { VideoRequestError } from "./video-request-error";

/** POST /v1/videos/{id}/remix with a new prompt; the remix appears as a new job at the top. */
export function VideoRemixForm({ job, onDone }: { job: StoredVideoJob; onDone: () => void }) {
  const t = useT();
  const id = useId();
  const [prompt, setPrompt] = useState(job.prompt);
  const remix = useCreateVideo();

  function send() {
    if (!prompt.trim() || remix.isPending) return;
    remix.mutate(
      {
        prompt,
        model: job.model,
        seconds: job.seconds,
        size: job.size,
        vendor: job.vendor || useSettingsStore.getState().vendor,
        remixOf: job.id,
      },
      { onSuccess: onDone },
    );
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    send();
  }

  return (
    <form
      onSubmit={onSubmit}
      className="grid gap-2 rounded-lg border border-dashed p-3"
      data-testid="video-remix-form"
    >
      <Label htmlFor={id}>{t("videos.job.remixLabel")}</Label>
      <Textarea
        id={id}
        value={prompt}
        onChange={(e) => setPrompt(e.target.value)}
        placeholder={t("videos.job.remixPlaceholder")}
        rows={2}
        data-testid="video-remix-prompt"
      />
      {remix.error && (
        <VideoRequestError
          error={remix.error}
          testId="video-remix-error"
          onRetry={send}
          inspectOwner={remix.variables && exchangeOwnerOf(remix.variables)}
        />
      )}
      <div className="flex flex-wrap justify-end gap-2">
        <Button type="button" variant="ghost" size="sm" onClick={onDone}>
          {t("videos.job.remixCancel")}
        </Button>
        <Button
          type="submit"
          size="sm"
          disabled={remix.isPending || !prompt.trim()}
          data-testid="video-remix-send"
        >
          <SparklesIcon aria-hidden />
          {t("videos.job.remixSend")}
        </Button>
      </div>
    </form>
  );
}
