import type { CompareEvent, ComparePane } from "@/lib/schemas/compare";
import { CompareCutError } from "./compare-events";

// One pane's side of the compare mux: the promise its fetch waits on, and the body stream of the
// Response it gets, fed from that pane's slice of the interleaved reply.

export type PaneStatus = "queued" | "sent" | "streaming" | "ended" | "aborted";

export interface PaneEntry {
  pane: ComparePane;
  status: PaneStatus;
  resolve: (res: Response) => void;
  reject: (err: unknown) => void;
  body?: ReadableStreamDefaultController<Uint8Array>;
  signal?: AbortSignal;
  detach: () => void;
}

/** The events addressed to one pane. */
export type PaneEvent = Exclude<CompareEvent, { t: "start" } | { t: "done" }>;

// Statuses whose Response may not carry a body (the Response constructor throws otherwise).
export const NULL_BODY = new Set([101, 103, 204, 205, 304]);
const encoder = new TextEncoder();

/** Applies one of the pane's events; `onCancel` runs when its reader lets go of the body. */
export function deliver(entry: PaneEntry, event: PaneEvent, onCancel: () => void): void {
  if (entry.status === "aborted" || entry.status === "ended") return;
  switch (event.t) {
    case "head": {
      if (entry.status !== "sent") return;
      const status = event.status >= 200 && event.status <= 599 ? event.status : 502;
      let body: ReadableStream<Uint8Array> | null = null;
      if (!NULL_BODY.has(status)) {
        body = new ReadableStream<Uint8Array>({
          start: (c) => {
            entry.body = c;
          },
          cancel: onCancel,
        });
      }
      entry.status = body ? "streaming" : "ended";
      entry.resolve(new Response(body, { status, headers: event.headers }));
      return;
    }
    case "chunk":
      entry.body?.enqueue(encoder.encode(event.data));
      return;
    case "end":
      entry.status = "ended";
      entry.detach();
      entry.body?.close();
      return;
    case "cut": {
      const err = new CompareCutError(event.message);
      if (entry.status === "streaming") entry.body?.error(err);
      else entry.reject(err);
      entry.status = "ended";
      entry.detach();
      return;
    }
  }
}

/** Fails a pane still waiting for its head (its fetch rejects) or streaming (its body errors). */
export function failPane(entry: PaneEntry, err: unknown): void {
  if (entry.status === "sent") entry.reject(err);
  else if (entry.status === "streaming") entry.body?.error(err);
  else return;
  entry.status = "ended";
  entry.detach();
}

/** Answers a pane still waiting for its head with a whole reply (an error before any pane started). */
export function answerPane(entry: PaneEntry, res: Response, text: string): void {
  if (entry.status !== "sent") return;
  entry.status = "ended";
  entry.detach();
  entry.resolve(
    new Response(NULL_BODY.has(res.status) ? null : text, { status: res.status, headers: res.headers }),
  );
}
