"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import { useImageFormStore } from "@/lib/images/form-store";
import { imageKeys } from "@/lib/images/queries";
import { imageFileName } from "@/lib/images/request";
import { imageStore } from "@/lib/images/store";
import { scrollBehavior } from "@/lib/motion";
import type { ImageParams, StoredImage } from "@/lib/schemas/images";

export const promptElementId = "images-prompt";

/** Download, copy, reuse and delete, shared by the grid tiles and the lightbox. */
export function useImageActions() {
  const queryClient = useQueryClient();
  const refresh = useCallback(
    () => queryClient.invalidateQueries({ queryKey: imageKeys.all }),
    [queryClient],
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
        const url = URL.createObjectURL(blob);
        const a = document.createElement("a");
        a.href = url;
        a.download = imageFileName(image.model, image.createdAt, image.index, image.mime);
        a.click();
        // The click starts the download asynchronously; revoking at once can cancel it in some browsers.
        window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
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
        await imageStore().deleteImage(image.id);
        await refresh();
      },
      async removeBatch(batchId: string) {
        await imageStore().deleteBatch(batchId);
        await refresh();
      },
      async clearAll() {
        await imageStore().clear();
        await refresh();
      },
    }),
    [refresh],
  );
}

export type ImageActions = ReturnType<typeof useImageActions>;
