"use client";

import { LoaderCircleIcon } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { useFormat, useT } from "@/lib/i18n/provider";
import type { RunningBatch as Running } from "@/lib/images/use-generate";
import { revealInView } from "@/lib/motion";
import { aspectOf } from "./aspect";

/** Placeholders for the batch in flight, with a clock, until the reply is stored. */
export function RunningBatch({ batch }: { batch: Running }) {
  const t = useT();
  const format = useFormat();
  const [now, setNow] = useState(() => performance.now());
  const section = useRef<HTMLElement>(null);
  // A batch starts below a tall form: scroll its placeholders into view (the focus stays in the form).
  useEffect(() => {
    if (section.current) revealInView(section.current);
  }, []);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(performance.now()), 100);
    return () => window.clearInterval(timer);
  }, []);
  const elapsed = format.seconds(Math.max(0, now - batch.startedAt) / 1000, 1);
  const { params } = batch;
  return (
    <section ref={section} aria-busy="true" className="flex flex-col gap-2" data-testid="batch-running">
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <LoaderCircleIcon className="size-4 animate-spin motion-reduce:animate-none" aria-hidden />
        <span className="min-w-0 truncate">
          {t("images.running.label", { count: params.n, model: params.model })}
        </span>
        <span className="text-muted-foreground font-mono tabular-nums" data-testid="batch-elapsed">
          {elapsed}
        </span>
      </p>
      <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
        {Array.from({ length: params.n }, (_, i) => (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholders are positions, nothing else identifies them.
            key={i}
            className="bg-muted flex animate-pulse items-center justify-center rounded-md motion-reduce:animate-none"
            style={{ aspectRatio: aspectOf(params.size) }}
            data-testid="batch-placeholder"
          >
            <span className="text-muted-foreground px-2 text-center text-xs">
              {t("images.running.placeholder", { n: i + 1 })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
