import "server-only";
import { resolveAuth } from "../auth";
import { accepting } from "../lifecycle/streams";
import { shuttingDownError } from "../lifecycle/tails";
import { assertSameOrigin } from "../origin";
import { assertJsonBody, readCompareBody } from "./body";
import { cancelRelay } from "./cancel";
import { relayPane } from "./pane";
import { newRunId, ownerOf, registerRun } from "./registry";
import { createEventWriter } from "./writer";

const PING_MS = 15_000;

/**
 * POST /api/compare: every pane of one send over ONE connection. Each pane is relayed by the proxy
 * itself (same allowlist, key handling, masking, timeouts); their bodies come back interleaved as
 * SSE events tagged by pane. Anything wrong with the request as a whole is a plain JSON error first.
 */
export async function compare(req: Request): Promise<Response> {
  assertSameOrigin(req);
  assertJsonBody(req);
  // Team mode without access, or no key at all against a remote gateway: 401 before any pane starts.
  resolveAuth(req);
  const { panes } = await readCompareBody(req);
  if (!accepting()) throw shuttingDownError();
  // Listening before the run exists: a Stop sent to another instance must find this one.
  await cancelRelay();

  const runId = newRunId();
  const run = registerRun(
    runId,
    ownerOf(req),
    panes.map((p) => p.id),
  );
  const all = new AbortController();
  const out = createEventWriter((reason) => all.abort(reason));
  const ping = setInterval(() => out.comment("ping"), PING_MS);
  out.send({ t: "start", run: runId });

  const relays = panes.map(async (pane) => {
    const signal = AbortSignal.any([req.signal, all.signal, run.signalOf(pane.id)]);
    try {
      await relayPane(req, pane, signal, out);
    } finally {
      run.finish(pane.id);
    }
  });
  void Promise.allSettled(relays).then(() => {
    clearInterval(ping);
    run.close();
    out.send({ t: "done" });
    out.close();
  });

  return new Response(out.stream, {
    status: 200,
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      // no-transform: `next start` would gzip the event stream; it goes out event by event as sent.
      "cache-control": "no-store, no-transform",
      "x-accel-buffering": "no",
      "x-content-type-options": "nosniff",
    },
  });
}
