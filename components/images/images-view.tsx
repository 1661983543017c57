"use client";

import { useCallback, useEffect } from "react";
import { useT } from "@/lib/i18n/provider";
import { useImageFormStore } from "@/lib/images/form-store";
import type { ImageParams } from "@/lib/schemas/images";
import { Gallery } from "./gallery";
import { ImageForm } from "./image-form";
import { RunningBatch } from "./running-batch";
import { useGenerate } from "./use-generate";

/** The Images tab: the form, the batch in flight, and the gallery kept in this browser. */
export function ImagesView() {
  const t = useT();
  const { generate, cancel, running, cancelled, saveError } = useGenerate();
  const retry = useCallback((params: ImageParams) => void generate(params), [generate]);

  // The form is restored after the first render, so the server's HTML and the first client render agree.
  useEffect(() => {
    void useImageFormStore.persist.rehydrate();
  }, []);

  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-xl font-semibold">{t("images.heading")}</h1>
      <ImageForm busy={!!running} onGenerate={(params) => void generate(params)} onCancel={cancel} />
      {running && <RunningBatch batch={running} />}
      {cancelled && (
        <p role="status" className="text-muted-foreground text-sm" data-testid="batch-cancelled">
          {t("images.running.cancelled")}
        </p>
      )}
      {saveError && (
        <p role="alert" className="text-destructive text-sm" data-testid="batch-save-error">
          {t("images.gallery.saveFailed", { message: saveError })}
        </p>
      )}
      <Gallery busy={!!running} onRetry={retry} />
    </div>
  );
}
