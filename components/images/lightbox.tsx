"use client";

import type { KeyboardEvent } from "react";
import { Dialog, DialogContent, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import { useFormat, useT } from "@/lib/i18n/provider";
import type { ImageActions } from "@/lib/images/use-image-actions";
import { useImageSrc } from "@/lib/images/use-image-src";
import type { ImageParams, StoredImage } from "@/lib/schemas/images";
import { LightboxActions } from "./lightbox-actions";

interface Props {
  images: StoredImage[];
  index: number | null;
  paramsOf: (image: StoredImage) => ImageParams | undefined;
  actions: ImageActions;
  onIndex: (index: number | null) => void;
}

/** One image at full size with its facts; ← and → step through the filtered gallery, Esc closes. */
export function Lightbox({ images, index, paramsOf, actions, onIndex }: Props) {
  const t = useT();
  const format = useFormat();
  const image = index === null ? undefined : images[Math.min(index, images.length - 1)];
  const src = useImageSrc(image, "full");
  const at = image ? images.indexOf(image) : -1;
  const go = (delta: number) => {
    if (at < 0 || images.length === 0) return;
    onIndex((at + delta + images.length) % images.length);
  };

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === "ArrowLeft") go(-1);
    else if (event.key === "ArrowRight") go(1);
    else return;
    event.preventDefault();
  }

  const params = image ? paramsOf(image) : undefined;
  const close = () => onIndex(null);
  return (
    <Dialog open={!!image} onOpenChange={(open) => !open && close()}>
      <DialogContent
        className="max-h-[calc(100dvh-2rem)] grid-rows-[minmax(0,1fr)_auto] overflow-hidden p-3 pt-11 sm:max-w-4xl sm:p-4 sm:pt-11"
        closeLabel={t("images.gallery.close")}
        onKeyDown={onKeyDown}
        data-testid="lightbox"
      >
        {image && (
          <>
            <div className="bg-muted flex min-h-0 items-center justify-center rounded-md">
              {src && (
                // biome-ignore lint/performance/noImgElement: a blob: URL or an untrusted host, shown as is.
                <img
                  src={src}
                  alt={image.prompt.slice(0, 200)}
                  decoding="async"
                  referrerPolicy="no-referrer"
                  className="max-h-[60dvh] w-auto max-w-full object-contain"
                  data-testid="lightbox-image"
                />
              )}
            </div>
            <div className="flex min-w-0 flex-col gap-2 overflow-y-auto text-sm">
              <DialogTitle className="line-clamp-3 pr-8 text-base leading-snug break-words">
                {image.prompt}
              </DialogTitle>
              <DialogDescription className="flex flex-wrap gap-x-2 font-mono text-xs">
                <span>{t("images.gallery.position", { index: at + 1, total: images.length })}</span>
                <span>{image.model}</span>
                <span>{image.width && image.height ? `${image.width}×${image.height}` : image.size}</span>
                <span>{format.duration(image.durationMs)}</span>
                <span>{format.date(image.createdAt)}</span>
              </DialogDescription>
              {image.revisedPrompt && (
                <p className="text-muted-foreground break-words" data-testid="lightbox-revised-prompt">
                  <span className="text-foreground font-medium">{t("images.gallery.revisedPrompt")}: </span>
                  {image.revisedPrompt}
                </p>
              )}
              <LightboxActions key={image.id} {...{ image, params, actions }} onStep={go} onClose={close} />
            </div>
          </>
        )}
      </DialogContent>
    </Dialog>
  );
}
