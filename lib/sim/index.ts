import { Ledger } from "./billing";
import {
  type Ctx,
  maskHeaders,
  resolveOptions,
  type SimLogEntry,
  type SimOptions,
  type SimState,
} from "./context";
import { PrefixCache } from "./plan";
import { dispatch, internalError } from "./router";
import { gzipStream } from "./sse";
import { NEW_API_VERSION, randomAlnum, requestId } from "./util";

export type { SimLogEntry, SimOptions } from "./context";

export interface Simulator {
  /**
   * `signal` is the caller's own signal for the request (default `req.signal`). Pass it whenever you
   * have it: a Request's signal is a copy that follows the given one only through a WeakRef (undici),
   * so once nothing but its own listeners holds the Request, a major GC drops the link and an abort
   * never arrives (a `[sim:no-headers]` request then stayed "open" forever).
   */
  handle(req: Request, path?: string, signal?: AbortSignal): Promise<Response>;
  log(): SimLogEntry[];
}

const MAX_LOG = 200;
const logs = new WeakMap<Simulator, SimLogEntry[]>();

/** Empty a simulator's request log (used by the standalone server's DELETE /__sim/log). */
export function clearSimLog(sim: Simulator): void {
  const entries = logs.get(sim);
  if (entries) entries.length = 0;
}

function baseUrlFor(url: URL, pathOverride: string | undefined, configured: string | undefined): string {
  if (configured) return configured;
  if (pathOverride && pathOverride !== url.pathname && url.pathname.endsWith(pathOverride)) {
    return `${url.origin}${url.pathname.slice(0, -pathOverride.length)}`.replace(/\/+$/, "");
  }
  return url.origin;
}

export function createSimulator(opts?: SimOptions): Simulator {
  const o = resolveOptions(opts);
  const state: SimState = { videos: new Map(), prefixes: new PrefixCache(), ledger: new Ledger() };
  const entries: SimLogEntry[] = [];

  async function handle(req: Request, path?: string, signal = req.signal): Promise<Response> {
    const url = new URL(req.url);
    const p = path ?? url.pathname;
    const rid = requestId();
    const entry: SimLogEntry = {
      id: rid,
      method: req.method,
      path: p,
      headers: maskHeaders(req.headers),
      startedAt: Date.now(),
      status: 0,
      outcome: "open",
    };
    entries.push(entry);
    if (entries.length > MAX_LOG) entries.splice(0, entries.length - MAX_LOG);
    let stream = false;
    const ctx: Ctx = {
      rid,
      req,
      url,
      path: p,
      method: req.method.toUpperCase(),
      opts: o,
      state,
      baseUrl: baseUrlFor(url, path, o.publicBaseUrl),
      entry,
      signal,
      gzip: false,
      streaming() {
        stream = true;
        return (outcome) => {
          entry.outcome = outcome;
          entry.endedAt = Date.now();
        };
      },
    };
    let res: Response;
    try {
      res = await dispatch(ctx);
    } catch (err) {
      stream = false;
      res = internalError(rid, err);
    }
    if (ctx.gzip && res.body) {
      const headers = new Headers(res.headers);
      headers.set("Content-Encoding", "gzip");
      headers.delete("Content-Length");
      res = new Response(gzipStream(res.body), { status: res.status, headers });
    }
    res.headers.set("X-Oneapi-Request-Id", rid);
    res.headers.set("X-New-Api-Version", NEW_API_VERSION);
    res.headers.set("Access-Control-Allow-Origin", "*");
    res.headers.set("Access-Control-Expose-Headers", "*");
    if (ctx.method === "OPTIONS") {
      res.headers.set("Access-Control-Allow-Methods", "GET, POST, PUT, DELETE, OPTIONS");
      res.headers.set("Access-Control-Allow-Headers", "*");
    }
    const isOpenAiSuccess =
      !stream && res.status < 300 && p.startsWith("/v1/") && !p.startsWith("/v1/messages");
    if (isOpenAiSuccess && !res.headers.has("x-request-id"))
      res.headers.set("x-request-id", `req_${randomAlnum(32)}`);
    entry.status = res.status;
    if (ctx.method === "POST" && res.status < 400) state.ledger.charge(req, p);
    if (!stream) {
      entry.endedAt = Date.now();
      entry.outcome = signal.aborted ? "aborted" : res.status >= 400 ? "error" : "completed";
    }
    return res;
  }

  const sim: Simulator = {
    handle,
    log: () => entries.map((e) => ({ ...e })),
  };
  logs.set(sim, entries);
  return sim;
}

const GLOBAL_KEY = Symbol.for("apigo.playground.embeddedSimulator");

/** One simulator per process (Next.js may load this module twice); options from the first call win. */
export function getEmbeddedSimulator(opts?: SimOptions): Simulator {
  const g = globalThis as typeof globalThis & { [GLOBAL_KEY]?: Simulator };
  let sim = g[GLOBAL_KEY];
  if (!sim) {
    sim = createSimulator(opts);
    g[GLOBAL_KEY] = sim;
  }
  return sim;
}
