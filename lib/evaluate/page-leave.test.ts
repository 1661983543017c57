import { describe, expect, it, vi } from "vitest";
import { createEngine } from "./engine";
import { RELEASE_AFTER_MS, watchPageLeave } from "./page-leave";
import { simFetch, testRun } from "./test-helpers";
import type { CellResult } from "./types";

// A reload mid-run: Chromium cuts the leaving page's requests (fetch fails with "Failed to fetch")
// while its script still runs. Before the hold, the engine counted the cut cell as an error and started
// the next one at once, a second request in flight at the reload with concurrency 1.

function engineWithCut(kind: "fetch" | "stream") {
  const sim = simFetch();
  const run = testRun({ concurrency: 1, perVendor: 1, columns: testRun().columns.slice(0, 1) });
  let cut: (() => void) | undefined;
  const urls: string[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(String(input));
    if (urls.length > 1) return sim.fetch(input, init);
    if (kind === "fetch")
      return new Promise<Response>((_, reject) => {
        cut = () => reject(new TypeError("Failed to fetch"));
      });
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('data: {"choices":[{"delta":{"content":"Hi"}}]}\n\n'));
        cut = () => controller.error(new TypeError("network error"));
      },
    });
    return new Response(body, { headers: { "content-type": "text/event-stream" } });
  }) as typeof globalThis.fetch;
  let idle = 0;
  const engine = createEngine({
    getRun: () => run,
    patch: (changes) => {
      for (const [key, change] of Object.entries(changes))
        run.cells[key] = {
          ...(run.cells[key] ?? { status: "queued", text: "", retries: 0 }),
          ...change,
        } as CellResult;
    },
    onIdle: () => idle++,
    priceOf: () => undefined,
    loadPrompt: async () => undefined,
    fetch,
    flushMs: 1,
  });
  return { engine, run, urls, cutNow: () => cut?.(), idle: () => idle };
}

const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms));

describe("a page being left mid-run", () => {
  for (const kind of ["fetch", "stream"] as const) {
    it(`a request cut while held (${kind}) waits queued; no other cell starts; release runs on`, async () => {
      const { engine, run, urls, cutNow, idle } = engineWithCut(kind);
      engine.run(["c1:a", "c2:a", "c3:a"]);
      while (!urls.length) await tick(1);
      engine.hold();
      cutNow();
      await tick();
      expect(urls).toHaveLength(1);
      expect(run.cells["c1:a"]).toMatchObject({ status: "queued", text: "" });
      expect(idle()).toBe(0);
      expect(engine.busy).toBe(true);

      engine.release();
      while (idle() === 0) await tick(5);
      expect(urls).toHaveLength(4);
      for (const key of ["c1:a", "c2:a", "c3:a"]) expect(run.cells[key]?.status).toBe("done");
    });
  }

  it("a cut without the hold is the cell's error, as before", async () => {
    const { engine, run, urls, cutNow, idle } = engineWithCut("fetch");
    engine.run(["c1:a"]);
    while (!urls.length) await tick(1);
    cutNow();
    while (idle() === 0) await tick(5);
    expect(run.cells["c1:a"]).toMatchObject({ status: "error", error: { message: "Failed to fetch" } });
  });

  it("beforeunload holds the queue; pageshow or the fallback timer releases it; hiding flushes", () => {
    vi.useFakeTimers();
    const document = Object.assign(new EventTarget(), { visibilityState: "visible" });
    const target = Object.assign(new EventTarget(), { document }) as unknown as Window;
    const queue = { hold: vi.fn(), release: vi.fn() };
    const flush = vi.fn();
    watchPageLeave(queue, flush, target);
    target.dispatchEvent(new Event("beforeunload"));
    expect(queue.hold).toHaveBeenCalledOnce();
    expect(queue.release).not.toHaveBeenCalled();
    vi.advanceTimersByTime(RELEASE_AFTER_MS);
    expect(queue.release).toHaveBeenCalledOnce();
    target.dispatchEvent(new Event("pageshow"));
    expect(queue.release).toHaveBeenCalledTimes(2);
    target.dispatchEvent(new Event("pagehide"));
    document.visibilityState = "hidden";
    document.dispatchEvent(new Event("visibilitychange"));
    expect(flush).toHaveBeenCalledTimes(2);
    vi.useRealTimers();
  });
});
