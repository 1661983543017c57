"use client";

import { ImagePlusIcon } from "lucide-react";
import { type ClipboardEvent, type DragEvent, useRef } from "react";
import { Button } from "@/components/ui/button";
import { ATTACH_TYPES } from "@/lib/conversations/attach-limits";
import { useT } from "@/lib/i18n/provider";

interface Props {
  onFiles: (files: File[]) => void;
  disabled?: boolean;
  testId: string;
}

/** The composer's Image button: a file picker for images (several at once). */
export function AttachButton({ onFiles, disabled, testId }: Props) {
  const t = useT();
  const picker = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={picker}
        type="file"
        accept={ATTACH_TYPES.join(",")}
        multiple
        hidden
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = "";
          onFiles(files);
        }}
        data-testid={`${testId}-file-input`}
      />
      <Button
        type="button"
        variant="ghost"
        size="sm"
        disabled={disabled}
        title={t("shared.attach.buttonHint")}
        onClick={() => picker.current?.click()}
        data-testid={`${testId}-attach`}
      >
        <ImagePlusIcon aria-hidden />
        {t("shared.attach.button")}
      </Button>
    </>
  );
}

const filesIn = (list: FileList | undefined | null) => [...(list ?? [])];

/** A composer form's paste and drop handlers: files pasted or dropped are attached, text pastes as usual. */
export function dropPasteHandlers(onFiles: (files: File[]) => void) {
  return {
    onPaste(event: ClipboardEvent) {
      const files = filesIn(event.clipboardData?.files);
      if (files.length === 0) return;
      event.preventDefault();
      onFiles(files);
    },
    onDragOver(event: DragEvent) {
      if (event.dataTransfer.types.includes("Files")) event.preventDefault();
    },
    onDrop(event: DragEvent) {
      const files = filesIn(event.dataTransfer.files);
      if (files.length === 0) return;
      event.preventDefault();
      onFiles(files);
    },
  };
}
