"use client";

import { useCallback, useEffect, useState } from "react";
import { UndoToast } from "@/components/shared/undo-toast";
import { useHydrated } from "@/lib/hooks/use-hydrated";
import { useT } from "@/lib/i18n/provider";
import { useImageFormStore } from "@/lib/images/form-store";
import { useGenerate } from "@/lib/images/use-generate";
import { useImageActions } from "@/lib/images/use-image-actions";
import type { ImageParams } from "@/lib/schemas/images";
import { hasPendingFork } from "@/lib/shares/pending-fork";
import { Gallery } from "./gallery";
import { ImageForm } from "./image-form";
import { RunningBatch } from "./running-batch";

/** The Images tab: the form, the batch in flight, and the gallery kept in this browser. */
export function ImagesView() {
  const t = useT();
  const { generate, cancel, running, cancelled, saveError, landed } = useGenerate();
  const retry = useCallback((params: ImageParams) => void generate(params), [generate]);
  const { reuse } = useImageActions();
  /** A shared batch opened here ("Open in my playground"): whether it carried images. */
  const [forked, setForked] = useState<{ withImages: boolean }>();

  // The form is restored after the first render, so the server's HTML and the first client render agree.
  // A shared batch left for this tab is then taken once and fills the form like "Reuse settings".
  const ready = useHydrated(useImageFormStore);
  useEffect(() => {
    if (!ready || !hasPendingFork()) return;
    void import("@/lib/shares/take-pending-fork").then(({ takePendingFork }) => {
      const fork = takePendingFork("images");
      if (!fork) return;
      reuse({ ...fork.settings, responseFormat: useImageFormStore.getState().params.responseFormat });
      setForked({ withImages: fork.images.length > 0 });
    });
  }, [ready, reuse]);

  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-xl font-semibold">{t("images.heading")}</h1>
      {forked && (
        <p role="status" className="text-muted-foreground text-sm" data-testid="fork-notice">
          {forked.withImages ? t("share.forked.imagesWithPictures") : t("share.forked.images")}
        </p>
      )}
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
      <Gallery busy={!!running} onRetry={retry} landed={landed} />
      <UndoToast />
    </div>
  );
}
