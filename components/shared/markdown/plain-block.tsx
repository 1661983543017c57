"use client";

import { useT } from "@/lib/i18n/provider";
import { TruncatedNote } from "../truncated-note";

/** A block past the markdown limits (plan-blocks.ts): its text as typed, and a note saying why. */
export function PlainBlock({ text }: { text: string }) {
  const t = useT();
  return (
    <div data-testid="markdown-plain">
      <p className="whitespace-pre-wrap">{text}</p>
      <TruncatedNote text={t("shared.markdown.plain")} />
    </div>
  );
}
