"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { runImageBatch } from "@/lib/images/generate";
import { imageKeys } from "@/lib/images/queries";
import { imageStore } from "@/lib/images/store";
import { makeThumbnail } from "@/lib/images/thumbnail";
import { fileExchanges, recordedFetch } from "@/lib/inspector/lazy-exchanges";
import type { ImageParams } from "@/lib/schemas/images";
import { useSettingsStore } from "@/lib/settings/store";

export interface RunningBatch {
  params: ImageParams;
  /** performance.now() when the request left. */
  startedAt: number;
}

/** One batch at a time: sends it, stores the outcome (images or error) in the gallery, can be cancelled. */
export function useGenerate() {
  const queryClient = useQueryClient();
  const controller = useRef<AbortController | null>(null);
  const [running, setRunning] = useState<RunningBatch | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  /** The batch this tab stored last: the gallery brings it into view once it is drawn. */
  const [landed, setLanded] = useState<string | null>(null);

  // Leaving the tab cancels the request: the proxy then cancels the upstream one.
  useEffect(() => () => controller.current?.abort(), []);

  const generate = useCallback(
    async (params: ImageParams) => {
      if (controller.current) return;
      const current = new AbortController();
      controller.current = current;
      setCancelled(false);
      setSaveError(null);
      setRunning({ params, startedAt: performance.now() });
      // The request is recorded for the inspector under a token, then under the batch's id.
      const token = crypto.randomUUID();
      try {
        const outcome = await runImageBatch(params, {
          signal: current.signal,
          defaultVendor: useSettingsStore.getState().vendor,
          baseUrl: window.location.origin,
          fetch: recordedFetch("images", token),
        });
        await fileExchanges("images", token, outcome.batch.id);
        for (const image of outcome.images) {
          if (image.blob) image.thumb = await makeThumbnail(image.blob);
        }
        await imageStore().saveBatch(outcome.batch, outcome.images);
        await queryClient.invalidateQueries({ queryKey: imageKeys.all });
        setLanded(outcome.batch.id);
      } catch (error) {
        if (current.signal.aborted) setCancelled(true);
        // Not an upstream error (those are stored on the batch): the browser refused to store the result.
        else setSaveError(error instanceof Error ? error.message : String(error));
      } finally {
        controller.current = null;
        setRunning(null);
      }
    },
    [queryClient],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);

  return { generate, cancel, running, cancelled, saveError, landed };
}
