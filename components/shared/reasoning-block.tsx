"use client";

import { BrainIcon, ChevronRightIcon } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { useFormat, useT } from "@/lib/i18n/provider";
import { BlockGroups } from "./block-groups";
import { splitParagraphs } from "./split-paragraphs";

// One element per paragraph: a long reasoning (100,000 tokens) that grows lays out its last paragraph,
// not one text node of the whole. Each keeps its blank lines, so the text reads as one.
const renderParagraph = (paragraph: string, index: number) => <div key={index}>{paragraph}</div>;

/** How long the reasoning streamed on this page (undefined when it was not seen streaming, e.g. after a reload). */
function useThinkingTime(live: boolean): number | undefined {
  const started = useRef<number | undefined>(undefined);
  const [ms, setMs] = useState<number>();
  useEffect(() => {
    if (live) started.current ??= performance.now();
    else if (started.current !== undefined)
      setMs((done) => done ?? performance.now() - (started.current ?? 0));
  }, [live]);
  return ms;
}

/** Open while the reasoning streams, then folded under "Thought for N s"; the user can fold it at any time. */
export function ReasoningBlock({ text, live }: { text: string; live: boolean }) {
  const t = useT();
  const f = useFormat();
  const ms = useThinkingTime(live);
  const seconds = ms === undefined ? undefined : Math.max(1, Math.round(ms / 1000));
  return (
    <details
      open={live || undefined}
      className="group bg-muted/50 rounded-md border text-sm"
      data-testid="chat-reasoning"
    >
      <summary className="text-muted-foreground flex cursor-pointer list-none items-center gap-1.5 px-3 py-1.5 select-none">
        <ChevronRightIcon className="size-3.5 transition-transform group-open:rotate-90" aria-hidden />
        <BrainIcon className="size-3.5" aria-hidden />
        {live
          ? t("chat.reasoningLive")
          : seconds === undefined
            ? t("chat.reasoning")
            : t("chat.reasoningTime", { seconds: f.number(seconds) })}
      </summary>
      <div className="text-muted-foreground max-h-96 overflow-auto border-t px-3 py-2 break-words whitespace-pre-wrap">
        <BlockGroups text={text} grow={splitParagraphs} render={renderParagraph} />
      </div>
    </details>
  );
}
