import type { Ledger } from "./billing";
import type { PrefixCache } from "./plan";
import type { Outcome } from "./sse";
import type { VideoJob } from "./video-model";

export interface SimOptions {
  firstTokenMs?: number;
  tokensPerSecond?: number;
  videoSeconds?: number;
  acceptKeys?: string[];
  publicBaseUrl?: string;
  /**
   * `GET /v1/videos/{id}/content` and `Range`: "serve" (default) answers 206 so the app's player can
   * seek; "ignore" answers 200 with the whole file as new-api does (controller/video_proxy.go).
   */
  videoRange?: "serve" | "ignore";
}

export interface ResolvedOptions {
  firstTokenMs: number;
  tokensPerSecond: number;
  videoSeconds: number;
  acceptKeys: string[];
  publicBaseUrl?: string;
  videoRange: "serve" | "ignore";
  /** Speeds set by the caller are used as given; the defaults vary per model (model-speed.ts). */
  pinned: { firstToken: boolean; tps: boolean };
}

export interface SimLogEntry {
  id: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: unknown;
  startedAt: number;
  endedAt?: number;
  status: number;
  outcome: "completed" | "aborted" | "error" | "open";
}

export interface SimState {
  videos: Map<string, VideoJob>;
  /** Quota used per key: the balance endpoints (billing.ts). */
  ledger: Ledger;
  prefixes: PrefixCache;
}

export interface Ctx {
  rid: string;
  req: Request;
  url: URL;
  path: string;
  method: string;
  opts: ResolvedOptions;
  state: SimState;
  /** Absolute prefix the browser can load sim files from (no trailing slash). */
  baseUrl: string;
  entry: SimLogEntry;
  signal: AbortSignal;
  /** Declare the response a stream; the returned callback records its final outcome. */
  streaming(): (outcome: Outcome) => void;
  /** Set by handlers when the request carries `[sim:gzip]`. */
  gzip: boolean;
}

export function resolveOptions(o: SimOptions = {}): ResolvedOptions {
  const r: ResolvedOptions = {
    firstTokenMs: o.firstTokenMs ?? 350,
    tokensPerSecond: o.tokensPerSecond ?? 60,
    videoSeconds: o.videoSeconds ?? 20,
    acceptKeys: [...(o.acceptKeys ?? [])],
    videoRange: o.videoRange ?? "serve",
    pinned: { firstToken: o.firstTokenMs !== undefined, tps: o.tokensPerSecond !== undefined },
  };
  if (o.publicBaseUrl) r.publicBaseUrl = o.publicBaseUrl.replace(/\/+$/, "");
  return r;
}

export function maskHeaders(h: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  h.forEach((value, key) => {
    out[key] = key === "authorization" || key === "x-api-key" ? `****${value.slice(-4)}` : value;
  });
  return out;
}
