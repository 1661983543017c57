"use client";

import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { useLayoutEffect, useMemo, useRef, useState } from "react";
import { type GalleryGroup, galleryRows } from "@/lib/images/gallery";
import type { ImageActions } from "@/lib/images/use-image-actions";
import type { ImageParams, StoredImage } from "@/lib/schemas/images";
import { BatchHeader } from "./batch-header";
import { GalleryTile } from "./gallery-tile";

interface Props {
  groups: GalleryGroup[];
  actions: ImageActions;
  busy: boolean;
  onRetry: (params: ImageParams) => void;
  onOpen: (image: StoredImage) => void;
}

const GAP = 12;

function columnsFor(width: number): number {
  if (width < 560) return 2;
  if (width < 860) return 3;
  return 4;
}

/** Batches and their images, windowed: only the rows near the viewport are in the DOM. */
export function GalleryGrid({ groups, actions, busy, onRetry, onOpen }: Props) {
  const listRef = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [offset, setOffset] = useState(0);

  useLayoutEffect(() => {
    const el = listRef.current;
    if (!el) return;
    const measure = () => {
      setWidth(el.clientWidth);
      setOffset(el.getBoundingClientRect().top + window.scrollY);
    };
    measure();
    // The list moves when the form above it changes height (errors, a running batch, a wider window).
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

  const columns = columnsFor(width || 1024);
  const rows = useMemo(() => galleryRows(groups, columns), [groups, columns]);
  const tile = width ? (width - GAP * (columns - 1)) / columns : 240;

  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (i) => (rows[i]?.kind === "header" ? 76 : tile + 48),
    getItemKey: (i) => rows[i]?.key ?? i,
    overscan: 3,
    scrollMargin: offset,
    // React 19 warns about flushSync inside effects; the grid does not need synchronous scroll updates.
    useFlushSync: false,
  });

  return (
    <div ref={listRef} className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) => {
        const row = rows[item.index];
        if (!row) return null;
        return (
          <div
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            className="absolute top-0 left-0 w-full"
            style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
          >
            {row.kind === "header" ? (
              <BatchHeader group={row.group} actions={actions} busy={busy} onRetry={onRetry} />
            ) : (
              <ul
                className="grid pb-3"
                style={{ gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`, gap: GAP }}
              >
                {row.images.map((image) => (
                  <GalleryTile
                    key={image.id}
                    image={image}
                    params={row.group.batch.params}
                    actions={actions}
                    onOpen={onOpen}
                  />
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </div>
  );
}
