"use client";

import { ImageUpIcon, XIcon } from "lucide-react";
import { useEffect, useId, useRef, useState } from "react";
import { Button, buttonVariants } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { useFormat, useT } from "@/lib/i18n/provider";
import { cn } from "@/lib/utils";
import { checkReference, referenceLimits } from "@/lib/videos/request";

interface Props {
  file: File | undefined;
  onChange: (file: File | undefined) => void;
  /** The chosen video size, to warn when the image does not match it. */
  size: string;
}

/** input_reference: type and size checked here, before any upload; a local preview, never uploaded twice. */
export function VideoReferenceField({ file, onChange, size }: Props) {
  const t = useT();
  const format = useFormat();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string>();
  const [preview, setPreview] = useState<string>();
  const [dimensions, setDimensions] = useState<string>();

  useEffect(() => {
    if (!file) {
      setPreview(undefined);
      setDimensions(undefined);
      return;
    }
    const url = URL.createObjectURL(file);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);

  function pick(next: File | undefined) {
    if (!next) return;
    const issue = checkReference(next);
    if (issue) {
      setProblem(
        issue === "type"
          ? t("videos.form.referenceType", { name: next.name })
          : t("videos.form.referenceSize", {
              name: next.name,
              size: format.bytes(next.size),
              max: format.bytes(referenceLimits.maxBytes),
            }),
      );
      if (inputRef.current) inputRef.current.value = "";
      onChange(undefined);
      return;
    }
    setProblem(undefined);
    onChange(next);
  }

  function clear() {
    if (inputRef.current) inputRef.current.value = "";
    setProblem(undefined);
    onChange(undefined);
  }

  return (
    <div className="grid min-w-0 content-start gap-1.5">
      <Label htmlFor={id}>{t("videos.form.referenceLabel")}</Label>
      {/* The native control's own words follow the browser's language, not ours: it stays for keyboard
          and screen readers (visually hidden), and a translated label button opens it. */}
      <div className="flex min-w-0 items-center gap-2">
        <input
          ref={inputRef}
          id={id}
          type="file"
          accept={referenceLimits.types.join(",")}
          onChange={(e) => pick(e.target.files?.[0])}
          aria-describedby={`${id}-help`}
          aria-invalid={problem ? true : undefined}
          data-testid="videos-reference"
          className="peer sr-only"
        />
        <label
          htmlFor={id}
          className={cn(
            buttonVariants({ variant: "outline", size: "sm" }),
            "cursor-pointer peer-focus-visible:ring-[3px] peer-focus-visible:ring-ring/50",
          )}
        >
          <ImageUpIcon aria-hidden />
          {t("videos.form.referenceChoose")}
        </label>
        <span className="text-muted-foreground min-w-0 truncate text-xs">
          {file ? file.name : t("videos.form.referenceNone")}
        </span>
      </div>
      <p id={`${id}-help`} className="text-muted-foreground text-xs">
        {t("videos.form.referenceHelp", { max: referenceLimits.maxBytes / (1024 * 1024) })}
      </p>
      {problem && (
        <p role="alert" className="text-destructive text-xs" data-testid="videos-reference-error">
          {problem}
        </p>
      )}
      {preview && file && (
        <div className="flex items-start gap-3" data-testid="videos-reference-preview">
          {/* biome-ignore lint/performance/noImgElement: a local blob: preview, nothing for next/image to optimise. */}
          <img
            src={preview}
            alt={t("videos.form.referencePreview")}
            className="bg-muted size-20 rounded-md border object-contain"
            onLoad={(e) => setDimensions(`${e.currentTarget.naturalWidth}x${e.currentTarget.naturalHeight}`)}
          />
          <div className="grid min-w-0 gap-1 text-xs">
            <span className="truncate font-mono">
              {file.name} · {format.bytes(file.size)}
              {dimensions ? ` · ${dimensions}` : ""}
            </span>
            {dimensions && dimensions !== size && (
              <span className="text-amber-700 dark:text-amber-400" data-testid="videos-reference-mismatch">
                {t("videos.form.referenceMismatch", { actual: dimensions, size })}
              </span>
            )}
            <Button type="button" variant="ghost" size="sm" className="w-fit" onClick={clear}>
              <XIcon aria-hidden />
              {t("videos.form.referenceRemove")}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
