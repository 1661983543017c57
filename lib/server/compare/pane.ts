import "server-only";
import { COMPARE_API_PATHS, type ComparePane } from "@/lib/schemas/compare";
import { proxy } from "../proxy";
import { requestTranslate } from "../request-locale";
import { toErrorResponse } from "../route";
import type { EventWriter } from "./writer";

// What the single proxy route would receive from the same browser: its auth (cookie, or an SDK's
// key header), its origin and host (same-origin check, simulator mount), its language.
const FORWARDED = [
  "cookie",
  "authorization",
  "x-api-key",
  "origin",
  "host",
  "x-forwarded-host",
  "x-forwarded-proto",
  "accept-language",
] as const;

const PARAMS: Record<ComparePane["api"], readonly string[]> = {
  "chat-completions": ["chat", "completions"],
  messages: ["messages"],
};

/** The Request the pane's own fetch would have sent to our proxy route. */
export function paneRequest(req: Request, pane: ComparePane, signal: AbortSignal): Request {
  const headers = new Headers();
  for (const name of FORWARDED) {
    const value = req.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  headers.set("content-type", "application/json");
  headers.set("accept", pane.body.stream === true ? "text/event-stream" : "application/json");
  if (pane.vendor) headers.set("vendor", pane.vendor);
  if (pane.api === "messages") {
    if (pane.anthropicVersion) headers.set("anthropic-version", pane.anthropicVersion);
    if (pane.anthropicBeta) headers.set("anthropic-beta", pane.anthropicBeta);
  }
  return new Request(new URL(COMPARE_API_PATHS[pane.api], req.url), {
    method: "POST",
    headers,
    body: JSON.stringify(pane.body),
    signal,
  });
}

/**
 * Relays one pane through the proxy and writes its events. Never throws: a failing pane becomes a
 * `head` with the proxy route's own error status and body, or a `cut`; the other panes go on.
 */
export async function relayPane(
  req: Request,
  pane: ComparePane,
  signal: AbortSignal,
  out: EventWriter,
): Promise<void> {
  const id = pane.id;
  const t = requestTranslate(req);
  const cancelled = t("server.paneCancelled");
  const broken = t("server.paneBroken");
  let res: Response;
  try {
    res = await proxy(paneRequest(req, pane, signal), PARAMS[pane.api]);
  } catch (err) {
    if (signal.aborted) {
      out.send({ t: "cut", pane: id, message: cancelled });
      return;
    }
    res = toErrorResponse(err, "compare");
  }
  out.send({ t: "head", pane: id, status: res.status, headers: Object.fromEntries(res.headers) });
  if (!res.body) {
    out.send({ t: "end", pane: id });
    return;
  }
  const reader = res.body.getReader();
  // A cancel (DELETE or the browser leaving) settles a pending read at once instead of at the next chunk.
  const onAbort = () => void reader.cancel(signal.reason).catch(() => undefined);
  signal.addEventListener("abort", onAbort, { once: true });
  const decoder = new TextDecoder();
  try {
    for (;;) {
      // Back-pressure: the next upstream read waits while the reply is full; a read already made is
      // written at once, one read → one event.
      await out.ready(signal);
      if (signal.aborted || out.closed) break;
      const { done, value } = await reader.read();
      if (done) break;
      const data = decoder.decode(value, { stream: true });
      if (data) out.send({ t: "chunk", pane: id, data });
    }
    if (signal.aborted || out.closed) {
      await reader.cancel(signal.reason).catch(() => undefined);
      out.send({ t: "cut", pane: id, message: cancelled });
      return;
    }
    const tail = decoder.decode();
    if (tail) out.send({ t: "chunk", pane: id, data: tail });
    out.send({ t: "end", pane: id });
  } catch {
    out.send({ t: "cut", pane: id, message: signal.aborted ? cancelled : broken });
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
}
