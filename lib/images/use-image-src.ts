"use client";

import { useEffect, useState } from "react";
import { imageStore } from "@/lib/images/store";
import { makeThumbnail } from "@/lib/images/thumbnail";
import type { StoredImage } from "@/lib/schemas/images";

async function thumbFor(id: string): Promise<Blob | undefined> {
  const store = imageStore();
  const thumb = await store.getThumb(id);
  if (thumb) return thumb;
  // Stored without one (an older version, or a browser without OffscreenCanvas then): make it now, once.
  const blob = await store.getBlob(id);
  if (!blob) return undefined;
  const made = await makeThumbnail(blob);
  if (!made) return blob;
  await store.putThumb(id, made).catch(() => {});
  return made;
}

/**
 * A displayable src for a stored image: its thumbnail for the grid, the original for the lightbox.
 * The object URL exists only while the component that asked for it is mounted (the virtualized grid
 * mounts visible tiles only), and is revoked when it goes away.
 */
export function useImageSrc(image: StoredImage | undefined, variant: "thumb" | "full"): string | undefined {
  const [src, setSrc] = useState<{ key: string; url: string } | undefined>();
  const id = image?.id;
  const remote = image?.remoteUrl;
  const key = `${variant}:${id}`;

  useEffect(() => {
    if (!id || remote) return;
    let url: string | undefined;
    let live = true;
    const load = variant === "thumb" ? thumbFor(id) : imageStore().getBlob(id);
    void load.then((blob) => {
      if (!live || !blob) return;
      url = URL.createObjectURL(blob);
      setSrc({ key: `${variant}:${id}`, url });
    });
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [id, remote, variant]);

  if (remote) return remote;
  return src && src.key === key ? src.url : undefined;
}
