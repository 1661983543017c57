"use client";

import {
  ChevronLeftIcon,
  ChevronRightIcon,
  CopyIcon,
  DownloadIcon,
  type LucideIcon,
  RotateCcwIcon,
  Trash2Icon,
} from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/provider";
import type { ImageActions } from "@/lib/images/use-image-actions";
import type { ImageParams, StoredImage } from "@/lib/schemas/images";

interface ActionProps {
  icon: LucideIcon;
  label: string;
  /** Only the icon shows; the label is its accessible name. */
  iconOnly?: boolean;
  onClick: () => void;
  testId: string;
}

function Action({ icon: Icon, label, iconOnly, onClick, testId }: ActionProps) {
  return (
    <Button
      size="sm"
      variant="outline"
      onClick={onClick}
      aria-label={iconOnly ? label : undefined}
      data-testid={testId}
    >
      <Icon aria-hidden />
      {!iconOnly && label}
    </Button>
  );
}

interface Props {
  image: StoredImage;
  params: ImageParams | undefined;
  actions: ImageActions;
  onStep: (delta: number) => void;
  onClose: () => void;
}

/** The lightbox's buttons: previous and next, download, copy the prompt, reuse its parameters, delete. */
export function LightboxActions({ image, params, actions, onStep, onClose }: Props) {
  const t = useT();
  const [copied, setCopied] = useState(false); // keyed by the image: "Copied" does not follow to the next
  return (
    <div className="flex flex-wrap gap-2">
      <Action
        icon={ChevronLeftIcon}
        label={t("images.gallery.previous")}
        iconOnly
        onClick={() => onStep(-1)}
        testId="lightbox-prev"
      />
      <Action
        icon={ChevronRightIcon}
        label={t("images.gallery.next")}
        iconOnly
        onClick={() => onStep(1)}
        testId="lightbox-next"
      />
      <Action
        icon={DownloadIcon}
        label={t("images.gallery.download")}
        onClick={() => void actions.download(image)}
        testId="lightbox-download"
      />
      <Action
        icon={CopyIcon}
        label={copied ? t("images.gallery.copied") : t("images.gallery.copyPrompt")}
        onClick={() => void actions.copy(image.prompt).then(() => setCopied(true))}
        testId="lightbox-copy"
      />
      {params && (
        <Action
          icon={RotateCcwIcon}
          label={t("images.gallery.reuse")}
          onClick={() => {
            onClose();
            actions.reuse(params);
          }}
          testId="lightbox-reuse"
        />
      )}
      <Action
        icon={Trash2Icon}
        label={t("images.gallery.delete")}
        onClick={() => {
          // Closed, so that "Image deleted · Undo" (under the dialog's overlay, and out of reach of
          // its focus trap while it is open) can be seen and used.
          onClose();
          void actions.remove(image);
        }}
        testId="lightbox-delete"
      />
    </div>
  );
}
