"use client";

import { UploadIcon } from "lucide-react";
import { useRef } from "react";
import { Button } from "@/components/ui/button";

interface Props {
  /** The button's text, also the file input's accessible name. */
  label: string;
  /** The file input's `accept` list. */
  accept: string;
  /** A picked file larger than this is refused before it is read. */
  maxBytes: number;
  /** Called with the picked file when it is within `maxBytes`. */
  onFile: (file: File) => void;
  /** Called instead of `onFile` with a file over `maxBytes`: say what happened and what to do. */
  onTooLarge: (file: File) => void;
  disabled?: boolean;
  className?: string;
  /** The button's test id; the hidden file input gets `<testId>-file`. */
  testId: string;
}

/**
 * An "Import …" button that opens the file picker: one file, refused when over the size cap, and the
 * input cleared after each pick so that the same file can be picked again (after fixing it).
 */
export function FileImportButton({
  label,
  accept,
  maxBytes,
  onFile,
  onTooLarge,
  disabled,
  className,
  testId,
}: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button
        type="button"
        variant="outline"
        size="sm"
        className={className}
        disabled={disabled}
        onClick={() => input.current?.click()}
        data-testid={testId}
      >
        <UploadIcon aria-hidden />
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        accept={accept}
        className="hidden"
        aria-label={label}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = "";
          if (!file) return;
          if (file.size > maxBytes) onTooLarge(file);
          else onFile(file);
        }}
        data-testid={`${testId}-file`}
      />
    </>
  );
}
