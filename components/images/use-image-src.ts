"use client";

import { useEffect, useState } from "react";
import { imageStore } from "@/lib/images/store";
import type { StoredImage } from "@/lib/schemas/images";

/**
 * A displayable src for a stored image. The object URL exists only while the component that asked for it
 * is mounted (the virtualized grid mounts visible tiles only), and is revoked when it goes away.
 */
export function useImageSrc(image: StoredImage | undefined): string | undefined {
  const [src, setSrc] = useState<{ id: string; url: string } | undefined>();
  const id = image?.id;
  const remote = image?.remoteUrl;

  useEffect(() => {
    if (!id || remote) return;
    let url: string | undefined;
    let live = true;
    void imageStore()
      .getBlob(id)
      .then((blob) => {
        if (!live || !blob) return;
        url = URL.createObjectURL(blob);
        setSrc({ id, url });
      });
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [id, remote]);

  if (remote) return remote;
  return src && src.id === id ? src.url : undefined;
}
