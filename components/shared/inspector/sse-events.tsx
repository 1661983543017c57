"use client";

import { useFormat, useT } from "@/lib/i18n/provider";
import type { InspectorExchange } from "./types";

const SHOWN = 2000;

/** The SSE messages of a streamed reply, each with its arrival time. */
export function SseEvents({ events }: { events: NonNullable<InspectorExchange["events"]> }) {
  const t = useT();
  const f = useFormat();
  const shown = events.length > SHOWN ? events.slice(0, SHOWN) : events;
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <p className="text-muted-foreground text-xs" data-testid="inspector-event-count">
        {t("shared.inspector.events", { count: f.number(events.length) })}
        {events.length > SHOWN && ` · ${t("shared.inspector.eventsTruncated", { count: f.number(SHOWN) })}`}
      </p>
      <div className="max-h-80 overflow-auto rounded-md border">
        <table className="w-full font-mono text-xs" data-testid="inspector-events">
          <thead className="bg-muted sticky top-0">
            <tr className="text-left">
              <th className="px-2 py-1 font-medium whitespace-nowrap">{t("shared.inspector.time")}</th>
              <th className="px-2 py-1 font-medium">{t("shared.inspector.event")}</th>
              <th className="w-full px-2 py-1 font-medium">{t("shared.inspector.data")}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((e, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: events are append-only.
              <tr key={i} className="border-t align-top">
                <td className="text-muted-foreground px-2 py-0.5 text-right whitespace-nowrap">
                  {f.ms(e.at)}
                </td>
                <td className="px-2 py-0.5 whitespace-nowrap">{e.event ?? ""}</td>
                <td className="px-2 py-0.5 break-all">{e.data}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
