"use client";

import { useQuery } from "@tanstack/react-query";
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { lazyDialog } from "@/components/shared/lazy-dialog";
import { useOpenedOnce } from "@/lib/hooks/use-opened-once";
import { useT } from "@/lib/i18n/provider";
import { galleryModels, groupGallery, totalBytes } from "@/lib/images/gallery";
import { galleryQueryOptions } from "@/lib/images/queries";
import { useImageActions } from "@/lib/images/use-image-actions";
import { revealInView } from "@/lib/motion";
import type { ImageParams, StoredImage } from "@/lib/schemas/images";
import { GalleryGrid } from "./gallery-grid";
import { GalleryToolbar } from "./gallery-toolbar";
import { StorageBar } from "./storage-bar";

/**
 * Brings a batch this tab just stored into view: its header and first row of images, scrolled no
 * further than its header's top. Once per batch; not at all if a filter hides it.
 */
function useRevealLanded(landed: string | null, groups: readonly unknown[]) {
  const revealed = useRef<string | null>(null);
  useEffect(() => {
    if (!landed || revealed.current === landed || groups.length === 0) return;
    const header = document.querySelector(
      `[data-testid="gallery-batch"][data-batch-id="${CSS.escape(landed)}"]`,
    );
    const item = header?.closest("[data-index]");
    if (!header || !item) return;
    revealed.current = landed;
    const next = item.nextElementSibling;
    // The virtual rows are drawn; wait one frame so their measured heights are in place.
    requestAnimationFrame(() => revealInView(header, next ?? header));
  }, [landed, groups]);
}

// The lightbox (Radix dialog parts) stays out of the page's first load; it is drawn once an image is opened.
const Lightbox = lazyDialog(() => import("./lightbox").then((m) => m.Lightbox));

interface Props {
  busy: boolean;
  /** The batch just stored by this tab, brought into view once drawn. */
  landed: string | null;
  onRetry: (params: ImageParams) => void;
}

/** Every stored batch, newest first, filtered by model and text; the lightbox walks the filtered images. */
export function Gallery({ busy, onRetry, landed }: Props) {
  const t = useT();
  const gallery = useQuery(galleryQueryOptions());
  const actions = useImageActions();
  const [search, setSearch] = useState("");
  const [model, setModel] = useState("");
  const [open, setOpen] = useState<number | null>(null);
  const lightboxOpened = useOpenedOnce(open !== null);
  const deferredSearch = useDeferredValue(search);

  const data = gallery.data;
  const groups = useMemo(
    () => (data ? groupGallery(data, { model, search: deferredSearch }) : []),
    [data, model, deferredSearch],
  );
  const flat = useMemo(() => groups.flatMap((g) => g.images), [groups]);
  const paramsById = useMemo(() => new Map(groups.map((g) => [g.batch.id, g.batch.params])), [groups]);
  const openImage = useCallback((image: StoredImage) => setOpen(flat.indexOf(image)), [flat]);
  const models = useMemo(() => (data ? galleryModels(data) : []), [data]);
  useRevealLanded(landed, groups);

  return (
    <section className="flex flex-col gap-3" aria-labelledby="gallery-heading" data-testid="gallery">
      <h2 id="gallery-heading" className="text-lg font-semibold">
        {t("images.gallery.heading")}
      </h2>
      {data && <StorageBar ownBytes={totalBytes(data)} count={data.images.length} actions={actions} />}
      {data && data.batches.length > 0 && (
        <GalleryToolbar
          search={search}
          onSearch={setSearch}
          model={model}
          onModel={setModel}
          models={models}
        />
      )}
      {gallery.isPending && <p className="text-muted-foreground text-sm">{t("images.gallery.loading")}</p>}
      {gallery.isError && (
        <p role="alert" className="text-destructive text-sm">
          {t("images.gallery.loadFailed", { message: gallery.error.message })}
        </p>
      )}
      {data && data.batches.length === 0 && (
        <p className="text-muted-foreground text-sm" data-testid="gallery-empty">
          {t("images.gallery.empty")}
        </p>
      )}
      {data && data.batches.length > 0 && groups.length === 0 && (
        <p className="text-muted-foreground text-sm">{t("images.gallery.noMatch")}</p>
      )}
      <GalleryGrid groups={groups} actions={actions} busy={busy} onRetry={onRetry} onOpen={openImage} />
      {lightboxOpened && (
        <Lightbox
          images={flat}
          index={open}
          paramsOf={(image) => paramsById.get(image.batchId)}
          actions={actions}
          onIndex={setOpen}
        />
      )}
    </section>
  );
}
