// Helpers for the compare route tests (not shipped: only *.test.ts import this).
import { POST } from "@/app/api/compare/route";
import type { CompareEvent, ComparePane } from "@/lib/schemas/compare";
import { APP } from "@/tests/server";
import { type Arrival, sseEvents } from "@/tests/sse-events";

export type Arrived = Arrival<CompareEvent>;

export function compareRequest(
  panes: unknown,
  headers: Record<string, string> = {},
  signal?: AbortSignal,
): Request {
  const init: RequestInit = {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof panes === "string" ? panes : JSON.stringify({ panes }),
  };
  if (signal) init.signal = signal;
  return new Request(`${APP}/api/compare`, init);
}

export const postCompare = (panes: unknown, headers?: Record<string, string>, signal?: AbortSignal) =>
  POST(compareRequest(panes, headers, signal));

/** Reads the interleaved reply event by event, with the epoch time each network read arrived. */
export const events = (res: Response): AsyncGenerator<Arrived> => sseEvents<CompareEvent>(res);

export async function allEvents(res: Response): Promise<Arrived[]> {
  const out: Arrived[] = [];
  for await (const e of events(res)) out.push(e);
  return out;
}

export interface PaneResult {
  status?: number;
  headers?: Record<string, string>;
  body: string;
  outcome?: "end" | "cut";
  chunks: number;
}

export function byPane(arrived: Arrived[]): Map<string, PaneResult> {
  const out = new Map<string, PaneResult>();
  for (const { event: e } of arrived) {
    if (e.t === "start" || e.t === "done") continue;
    const p = out.get(e.pane) ?? { body: "", chunks: 0 };
    out.set(e.pane, p);
    if (e.t === "head") {
      p.status = e.status;
      p.headers = e.headers;
    } else if (e.t === "chunk") {
      p.body += e.data;
      p.chunks += 1;
    } else p.outcome = e.t;
  }
  return out;
}

export const chatPane = (id: string, content: string, extra: Partial<ComparePane> = {}, system?: string) => ({
  id,
  api: "chat-completions" as const,
  body: {
    model: "gpt-4o",
    stream: true,
    messages: [...(system ? [{ role: "system", content: system }] : []), { role: "user", content }],
  },
  ...extra,
});

export const msgPane = (id: string, content: string, extra: Partial<ComparePane> = {}, system?: string) => ({
  id,
  api: "messages" as const,
  anthropicVersion: "2023-06-01",
  body: {
    model: "claude-sonnet-4-5-20250929",
    max_tokens: 256,
    stream: true,
    ...(system ? { system } : {}),
    messages: [{ role: "user", content }],
  },
  ...extra,
});

export async function waitFor(check: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 10));
  }
}
