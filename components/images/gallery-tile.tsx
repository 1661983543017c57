"use client";

import { DownloadIcon, Link2Icon, RotateCcwIcon, Trash2Icon } from "lucide-react";
import { memo, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/provider";
import type { ImageActions } from "@/lib/images/use-image-actions";
import { useImageSrc } from "@/lib/images/use-image-src";
import type { ImageParams, StoredImage } from "@/lib/schemas/images";

interface Props {
  image: StoredImage;
  params: ImageParams;
  actions: ImageActions;
  onOpen: (image: StoredImage) => void;
}

/** Memoized: the window virtualizer re-renders the grid on every scroll frame; unchanged tiles skip it. */
export const GalleryTile = memo(function GalleryTile({ image, params, actions, onOpen }: Props) {
  const t = useT();
  const src = useImageSrc(image, "thumb");
  return (
    <li
      className="flex min-w-0 flex-col gap-1.5"
      data-testid="gallery-item"
      data-image-id={image.id}
      data-batch-id={image.batchId}
    >
      <button
        type="button"
        onClick={() => onOpen(image)}
        className="bg-muted focus-visible:ring-ring/50 block aspect-square w-full overflow-hidden rounded-md outline-none focus-visible:ring-[3px]"
        aria-label={t("images.gallery.open", { n: image.index + 1 })}
        data-testid="gallery-open"
      >
        {src && (
          // Blob URLs and untrusted hosts alike: shown only as an <img>, never fetched by our server.
          // biome-ignore lint/performance/noImgElement: next/image would route remote URLs through our server.
          <img
            src={src}
            alt={image.prompt.slice(0, 200)}
            loading="lazy"
            decoding="async"
            referrerPolicy="no-referrer"
            className="size-full object-contain"
            data-testid="gallery-image"
          />
        )}
      </button>
      {image.revisedPrompt && (
        <p
          className="text-muted-foreground line-clamp-2 text-xs"
          title={image.revisedPrompt}
          data-testid="revised-prompt"
        >
          <span className="text-foreground font-medium">{t("images.gallery.revisedPrompt")}: </span>
          {image.revisedPrompt}
        </p>
      )}
      {image.remoteUrl && (
        <p className="text-muted-foreground flex gap-1 text-xs" data-testid="gallery-link-only">
          <Link2Icon className="mt-0.5 size-3 shrink-0" aria-hidden />
          <span className="line-clamp-2">{t("images.batch.linkOnly")}</span>
        </p>
      )}
      <div className="flex items-center gap-0.5">
        <TileButton
          label={t("images.gallery.download")}
          testId="gallery-download"
          onClick={() => void actions.download(image)}
        >
          <DownloadIcon aria-hidden />
        </TileButton>
        <TileButton
          label={t("images.gallery.reuse")}
          testId="gallery-reuse"
          onClick={() => actions.reuse(params)}
        >
          <RotateCcwIcon aria-hidden />
        </TileButton>
        <TileButton
          label={t("images.gallery.delete")}
          testId="gallery-delete"
          onClick={() => void actions.remove(image)}
        >
          <Trash2Icon aria-hidden />
        </TileButton>
        <span className="text-muted-foreground ml-auto truncate font-mono text-xs">
          {image.width && image.height ? `${image.width}×${image.height}` : image.size}
        </span>
      </div>
    </li>
  );
});

function TileButton(props: { label: string; testId: string; onClick: () => void; children: ReactNode }) {
  return (
    <Button
      type="button"
      variant="ghost"
      size="icon-sm"
      onClick={props.onClick}
      aria-label={props.label}
      title={props.label}
      data-testid={props.testId}
    >
      {props.children}
    </Button>
  );
}
