"use client";

import { useEffect, useState } from "react";
import { useFormat } from "@/lib/i18n/provider";

/** Time since `since` while a pane runs, four updates a second (not per token). */
export function LiveTimer({ since }: { since: number }) {
  const f = useFormat();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, []);
  return <span className="tabular-nums">{f.duration(Math.max(0, now - since))}</span>;
}
