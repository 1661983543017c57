"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import { useT } from "@/lib/i18n/provider";
import { useImageFormStore } from "@/lib/images/form-store";
import { imageKeys } from "@/lib/images/queries";
import { imageFileName } from "@/lib/images/request";
import { imageStore, type Removed } from "@/lib/images/store";
import { scrollBehavior } from "@/lib/motion";
import { saveFile } from "@/lib/save-file";
import type { ImageParams, StoredImage } from "@/lib/schemas/images";
import { useUndoStore } from "@/lib/undo/store";

export const promptElementId = "images-prompt";

/** Download, copy, reuse and delete (with undo), shared by the grid tiles and the lightbox. */
export function useImageActions() {
  const t = useT();
  const queryClient = useQueryClient();
  const refresh = useCallback(
    () => queryClient.invalidateQueries({ queryKey: imageKeys.all }),
    [queryClient],
  );
  // What a delete took stays in memory while its undo is offered; Undo writes it back.
  const offerUndo = useCallback(
    (message: string, removed: Removed) => {
      if (removed.images.length === 0 && !removed.batch) return;
      useUndoStore.getState().offerUndo(message, async () => {
        await imageStore().restore(removed);
        await refresh();
      });
    },
    [refresh],
  );

  return useMemo(
    () => ({
      /** Saves the stored bytes as they arrived; a link-only image opens on its host instead. */
      async download(image: StoredImage) {
        const blob = await imageStore().getBlob(image.id);
        if (!blob) {
          if (image.remoteUrl) window.open(image.remoteUrl, "_blank", "noopener,noreferrer");
          return;
        }
        saveFile(blob, imageFileName(image.model, image.createdAt, image.index, image.mime));
      },
      async copy(text: string) {
        await navigator.clipboard.writeText(text);
      },
      reuse(params: ImageParams) {
        useImageFormStore.getState().replace(params);
        window.scrollTo({ top: 0, behavior: scrollBehavior() });
        document.getElementById(promptElementId)?.focus({ preventScroll: true });
      },
      async remove(image: StoredImage) {
        const removed = await imageStore().deleteImage(image.id);
        await refresh();
        offerUndo(t("images.gallery.deleted"), removed);
      },
      async removeBatch(batchId: string) {
        const removed = await imageStore().deleteBatch(batchId);
        await refresh();
        offerUndo(t("images.batch.removed", { count: removed.images.length }), removed);
      },
      async clearAll() {
        await imageStore().clear();
        await refresh();
      },
    }),
    [refresh, offerUndo, t],
  );
}

export type ImageActions = ReturnType<typeof useImageActions>;
