"use client";

import { useEffect, useState } from "react";
import { useFormat, useT } from "@/lib/i18n/provider";

interface Props {
  since: number;
  /** Set once the job ended: the time stops there. */
  until?: number;
}

/** "Elapsed 12 s" ticking each second while a job runs, "Took 1 min 05 s" after. Its own leaf, so the tick re-renders only this. */
export function ElapsedTime({ since, until }: Props) {
  const t = useT();
  const format = useFormat();
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (until !== undefined) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [until]);

  const time = format.elapsed((until ?? now) - since);
  return (
    <span className="tabular-nums" data-testid="video-elapsed">
      {until === undefined ? t("videos.jobs.elapsed", { time }) : t("videos.jobs.took", { time })}
    </span>
  );
}
