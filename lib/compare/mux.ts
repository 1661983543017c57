import type { CompareEvent, ComparePane } from "@/lib/schemas/compare";
import { abortError, CompareCutError, readCompareEvents } from "./compare-events";
import { answerPane, deliver, failPane, type PaneEntry } from "./pane-entry";
import { paneFrom } from "./pane-request";

export { CompareCutError } from "./compare-events";

// Browser side of the compare fan-out: every pane's transport fetches through `fetchFor(paneId)`;
// the fetches of one click are batched into ONE `POST /api/compare` (browsers allow six HTTP/1.1
// connections per origin, six panes on their own would starve the page), and each pane gets back a
// real Response whose body is its own slice of the interleaved stream.

export interface CompareMux {
  fetchFor(paneId: string): typeof fetch;
}

export interface CompareMuxOptions {
  /** Default `/api/compare`. */
  url?: string;
  fetch?: typeof fetch;
  /** How long after the first pane fetch others may join the same POST (default 10 ms). */
  batchWindowMs?: number;
}

interface Batch {
  panes: Map<string, PaneEntry>;
  controller: AbortController;
  timer?: ReturnType<typeof setTimeout>;
  run?: string;
  /** Panes aborted before the run id was known: their DELETE waits for `start`. */
  deleteWhenStarted: string[];
  /** Panes aborted in this tick; decided together, so Stop all is one closed POST, not N DELETEs. */
  stopping: string[];
}

const CANCEL_GRACE_MS = 300;

export function createCompareMux(options: CompareMuxOptions = {}): CompareMux {
  const url = options.url ?? "/api/compare";
  const windowMs = options.batchWindowMs ?? 10;
  const doFetch: typeof fetch =
    options.fetch ?? ((...args: Parameters<typeof fetch>) => globalThis.fetch(...args));
  let queued: Batch | undefined;

  function sendDelete(batch: Batch, paneId: string): void {
    if (!batch.run) {
      batch.deleteWhenStarted.push(paneId);
      return;
    }
    const target = `${url}/${encodeURIComponent(batch.run)}/${encodeURIComponent(paneId)}`;
    // Best effort: a 404 means the pane already finished, which is what we wanted anyway.
    doFetch(target, { method: "DELETE", credentials: "same-origin" }).catch(() => undefined);
  }

  function abortPane(batch: Batch, entry: PaneEntry): void {
    if (entry.status === "ended" || entry.status === "aborted") return;
    const before = entry.status;
    entry.status = "aborted";
    entry.detach();
    const err = abortError(entry.signal);
    if (before === "streaming") entry.body?.error(err);
    else entry.reject(err);
    if (before === "queued") {
      batch.panes.delete(entry.pane.id);
      if (batch.panes.size === 0 && batch === queued) {
        clearTimeout(batch.timer);
        queued = undefined;
      }
      return;
    }
    batch.stopping.push(entry.pane.id);
    if (batch.stopping.length === 1) setTimeout(() => settleStops(batch, err), 0);
  }

  function settleStops(batch: Batch, reason: unknown): void {
    const ids = batch.stopping.splice(0);
    const live = [...batch.panes.values()].some((p) => p.status === "sent" || p.status === "streaming");
    if (!live) batch.controller.abort(reason);
    else for (const id of ids) sendDelete(batch, id);
  }

  // The reader let go of the body (readSse does so right after `[DONE]`): usually the pane's `end` is
  // already on its way, so the upstream is only cut if it has not finished shortly after.
  function cancelBody(batch: Batch, entry: PaneEntry): void {
    if (entry.status !== "streaming") return;
    entry.body = undefined;
    setTimeout(() => {
      if (entry.status === "streaming") abortPane(batch, entry);
    }, CANCEL_GRACE_MS);
  }

  function flush(batch: Batch): void {
    if (queued === batch) queued = undefined;
    clearTimeout(batch.timer);
    if (batch.panes.size === 0) return;
    for (const entry of batch.panes.values()) entry.status = "sent";
    void run(batch);
  }

  async function run(batch: Batch): Promise<void> {
    const panes = [...batch.panes.values()].map((e) => e.pane);
    let res: Response;
    try {
      res = await doFetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", accept: "text/event-stream" },
        body: JSON.stringify({ panes }),
        credentials: "same-origin",
        signal: batch.controller.signal,
      });
    } catch (err) {
      failAll(batch, err);
      return;
    }
    if (!res.ok || !res.body) {
      // An error before any pane started: every pane answers it, as its own fetch would have.
      const text = await res.text().catch(() => "");
      for (const entry of batch.panes.values()) answerPane(entry, res, text);
      return;
    }
    await read(batch, res.body);
  }

  function failAll(batch: Batch, err: unknown): void {
    for (const entry of batch.panes.values()) failPane(entry, err);
  }

  function onEvent(batch: Batch, event: CompareEvent): void {
    if (event.t === "start") {
      batch.run = event.run;
      for (const id of batch.deleteWhenStarted.splice(0)) sendDelete(batch, id);
      return;
    }
    if (event.t === "done") return;
    const entry = batch.panes.get(event.pane);
    if (entry) deliver(entry, event, () => cancelBody(batch, entry));
  }

  async function read(batch: Batch, stream: ReadableStream<Uint8Array>): Promise<void> {
    try {
      await readCompareEvents(stream, (event) => onEvent(batch, event));
      failAll(batch, new CompareCutError("The compare connection closed before this pane finished"));
    } catch (err) {
      const aborted = batch.controller.signal.aborted;
      failAll(batch, aborted ? abortError(batch.controller.signal) : err);
    }
  }

  function enqueue(paneId: string, pane: ComparePane, signal: AbortSignal | undefined): Promise<Response> {
    return new Promise<Response>((resolve, reject) => {
      if (signal?.aborted) {
        reject(abortError(signal));
        return;
      }
      // The same pane twice in one window (a re-run): the earlier batch leaves now, this one starts anew.
      if (queued?.panes.has(paneId)) flush(queued);
      if (!queued) {
        const batch: Batch = {
          panes: new Map(),
          controller: new AbortController(),
          deleteWhenStarted: [],
          stopping: [],
        };
        batch.timer = setTimeout(() => flush(batch), windowMs);
        queued = batch;
      }
      const batch = queued;
      const entry: PaneEntry = { pane, status: "queued", resolve, reject, signal, detach: () => {} };
      if (signal) {
        const onAbort = () => abortPane(batch, entry);
        signal.addEventListener("abort", onAbort, { once: true });
        entry.detach = () => signal.removeEventListener("abort", onAbort);
      }
      batch.panes.set(paneId, entry);
    });
  }

  return {
    fetchFor(paneId) {
      return async (input, init) => {
        const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
        if (signal?.aborted) throw abortError(signal);
        const pane = await paneFrom(paneId, input, init);
        return enqueue(paneId, pane, signal ?? undefined);
      };
    },
  };
}
