"use client";

import { RotateCcwIcon, XIcon } from "lucide-react";
import { memo } from "react";
import { ShareButton } from "@/components/share/share-button";
import { InspectExchanges } from "@/components/shared/inspect-exchanges";
import { lazyDialog } from "@/components/shared/lazy-dialog";
import { Button } from "@/components/ui/button";
import { useFormat, useT } from "@/lib/i18n/provider";
import type { GalleryGroup } from "@/lib/images/gallery";
import { imageStore } from "@/lib/images/store";
import type { ImageActions } from "@/lib/images/use-image-actions";
import type { ImageParams, StoredBatch } from "@/lib/schemas/images";
import type { ImagesSnapshot } from "@/lib/schemas/share";
import { useUiStore } from "@/lib/settings/ui-store";

// The error card shows only after a failed batch: out of the first load (fetched after the load event).
const BatchError = lazyDialog(() => import("./batch-error").then((m) => m.BatchError));

interface Props {
  group: GalleryGroup;
  actions: ImageActions;
  onRetry: (params: ImageParams) => void;
  busy: boolean;
}

/**
 * A batch as a share snapshot: its settings and the original bytes of every image it kept (a gallery
 * search may show only some of them, so they are read from the store, not from the group).
 * Link-only images (no stored bytes) are left out.
 */
async function batchSnapshot(batch: StoredBatch): Promise<ImagesSnapshot> {
  // The builder and the share schemas load when a link is made, not with the page.
  const { blobToBase64, imagesSnapshotFrom } = await import("@/lib/shares/media-builders");
  const { responseFormat: _responseFormat, ...settings } = batch.params;
  const store = imageStore();
  const { images } = await store.list();
  const ofBatch = images.filter((image) => image.batchId === batch.id).sort((a, b) => a.index - b.index);
  const inputs = [];
  for (const image of ofBatch) {
    const blob = await store.getBlob(image.id);
    if (!blob) continue;
    inputs.push({
      mime: image.mime,
      base64: await blobToBase64(blob),
      width: image.width,
      height: image.height,
      revisedPrompt: image.revisedPrompt,
    });
  }
  return imagesSnapshotFrom({ settings, images: inputs });
}

/** One batch's prompt and request facts; its error, if it failed. */
export const BatchHeader = memo(function BatchHeader({ group, actions, onRetry, busy }: Props) {
  const t = useT();
  const format = useFormat();
  const openSettings = useUiStore((s) => s.setSettingsOpen);
  const { batch } = group;
  const { params } = batch;
  const facts = [
    params.model,
    params.size,
    t("images.batch.count", { count: params.n }),
    t("images.batch.took", { duration: format.duration(batch.durationMs) }),
    format.date(batch.createdAt),
  ];
  return (
    <div className="flex flex-col gap-2 pt-5 pb-2" data-testid="gallery-batch" data-batch-id={batch.id}>
      <div className="flex items-start gap-2">
        <div className="min-w-0 flex-1">
          <p className="line-clamp-3 text-sm font-medium break-words" data-testid="batch-prompt">
            {params.prompt}
          </p>
          <p className="text-muted-foreground mt-0.5 flex flex-wrap gap-x-2 text-xs">
            {facts.map((fact, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list of facts in a fixed order.
              <span key={i} className={i < 2 ? "font-mono" : undefined}>
                {fact}
              </span>
            ))}
          </p>
        </div>
        <Button
          variant="ghost"
          size="icon-sm"
          onClick={() => actions.reuse(params)}
          aria-label={t("images.batch.reuse")}
          title={t("images.batch.reuse")}
          data-testid="batch-reuse"
        >
          <RotateCcwIcon aria-hidden />
        </Button>
        <InspectExchanges of="images" owner={batch.id} look="icon" />
        <ShareButton getSnapshot={() => batchSnapshot(batch)} />
        <Button
          variant="ghost"
          size="icon-sm"
          onClick={() => void actions.removeBatch(batch.id)}
          aria-label={t("images.batch.remove")}
          title={t("images.batch.remove")}
          data-testid="batch-remove"
        >
          <XIcon aria-hidden />
        </Button>
      </div>
      {batch.error && (
        <BatchError
          error={batch.error}
          onRetry={() => onRetry(params)}
          retryDisabled={busy}
          onOpenSettings={() => openSettings(true)}
        />
      )}
    </div>
  );
});
