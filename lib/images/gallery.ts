import type { StoredBatch, StoredImage } from "@/lib/schemas/images";
import type { Gallery } from "./store";

export interface GalleryGroup {
  batch: StoredBatch;
  images: StoredImage[];
}

export interface GalleryFilter {
  /** Empty: every model. */
  model: string;
  search: string;
}

function matches(text: string | undefined, needle: string): boolean {
  return !!text && text.toLowerCase().includes(needle);
}

/** Batches newest first, each with its images in request order; filtered by model and text. */
export function groupGallery(gallery: Gallery, filter: GalleryFilter): GalleryGroup[] {
  const byBatch = new Map<string, StoredImage[]>();
  for (const image of gallery.images) {
    const list = byBatch.get(image.batchId);
    if (list) list.push(image);
    else byBatch.set(image.batchId, [image]);
  }
  const needle = filter.search.trim().toLowerCase();
  const groups: GalleryGroup[] = [];
  for (const batch of gallery.batches) {
    if (filter.model && batch.params.model !== filter.model) continue;
    let images = (byBatch.get(batch.id) ?? []).sort((a, b) => a.index - b.index);
    if (needle && !matches(batch.params.prompt, needle)) {
      images = images.filter((image) => matches(image.revisedPrompt, needle));
      if (images.length === 0) continue;
    }
    if (images.length === 0 && !batch.error) continue;
    groups.push({ batch, images });
  }
  return groups.sort((a, b) => b.batch.createdAt - a.batch.createdAt);
}

/** Models that appear in the gallery, for the filter. */
export function galleryModels(gallery: Gallery): string[] {
  return [...new Set(gallery.batches.map((b) => b.params.model))].sort();
}

export function totalBytes(gallery: Gallery): number {
  return gallery.images.reduce((sum, image) => sum + (image.remoteUrl ? 0 : image.bytes), 0);
}

export type GalleryRow =
  | { kind: "header"; key: string; group: GalleryGroup }
  | { kind: "images"; key: string; group: GalleryGroup; images: StoredImage[] };

/** Flattens groups into rows of at most `columns` images, each batch under its own header row. */
export function galleryRows(groups: GalleryGroup[], columns: number): GalleryRow[] {
  const cols = Math.max(1, columns);
  const rows: GalleryRow[] = [];
  for (const group of groups) {
    rows.push({ kind: "header", key: `h-${group.batch.id}`, group });
    for (let i = 0; i < group.images.length; i += cols) {
      rows.push({
        kind: "images",
        key: `r-${group.batch.id}-${i}`,
        group,
        images: group.images.slice(i, i + cols),
      });
    }
  }
  return rows;
}
