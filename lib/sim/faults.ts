import type { Ctx } from "./context";
import { modelRateLimited, quotaExhausted, simulatedStatus } from "./errors";

/** Fault-injection directives parsed from the system prompt and last user message, or a media prompt. */
export interface Faults {
  status?: number;
  midstreamError: boolean;
  cut: boolean;
  /** `[sim:drop]`: the connection to the gateway drops mid-stream (no terminator at all). */
  drop: boolean;
  /** `[sim:quota]`: 403 insufficient_user_quota. */
  quota: boolean;
  /** `[sim:rate-limit]` (E1 body) or `[sim:rate-limit-empty]` (no body): new-api's model rate limit. */
  rateLimit?: "body" | "empty";
  /** `[sim:no-range]`: this video's /content ignores Range (as new-api does). */
  noRange: boolean;
  slowFirstMs?: number;
  stallMs?: number;
  tps?: number;
  long: boolean;
  /** `[sim:tokens=N]`: an answer of at least N tokens (capped at 200,000). */
  tokens?: number;
  /** `[sim:reasoning=N]`: reasoning models think for at least N tokens (capped at 200,000). */
  reasoning?: number;
  noHeaders: boolean;
  gzip: boolean;
  stamp: boolean;
  redirect: boolean;
  fail: boolean;
  /** `[sim:tool=NAME]`: call this tool (when the request declares it). */
  tool?: string;
  /** `[sim:tools=parallel]` (0: one call per tool, at least two) or `[sim:tools=N]` (N calls). */
  toolCalls?: number;
}

const DIRECTIVE = /\[sim:([a-z-]+)(?:=([A-Za-z0-9_.-]+))?\]/g;

export function parseFaults(text: string): Faults {
  const f: Faults = {
    midstreamError: false,
    cut: false,
    drop: false,
    quota: false,
    noRange: false,
    long: false,
    noHeaders: false,
    gzip: false,
    stamp: false,
    redirect: false,
    fail: false,
  };
  for (const m of text.matchAll(DIRECTIVE)) {
    const name = m[1];
    const num = m[2] === undefined || !/^\d+$/.test(m[2]) ? undefined : Number(m[2]);
    switch (name) {
      case "status":
        if (num !== undefined && num >= 400 && num <= 599) f.status = num;
        break;
      case "midstream-error":
        f.midstreamError = true;
        break;
      case "cut":
        f.cut = true;
        break;
      case "drop":
        f.drop = true;
        break;
      case "quota":
        f.quota = true;
        break;
      case "rate-limit":
        f.rateLimit = "body";
        break;
      case "rate-limit-empty":
        f.rateLimit = "empty";
        break;
      case "no-range":
        f.noRange = true;
        break;
      case "slow-first":
        f.slowFirstMs = num;
        break;
      case "stall":
        f.stallMs = num;
        break;
      case "tps":
        f.tps = num;
        break;
      case "long":
        f.long = true;
        break;
      case "tokens":
        if (num !== undefined && num > 0) f.tokens = Math.min(num, 200_000);
        break;
      case "reasoning":
        if (num !== undefined && num > 0) f.reasoning = Math.min(num, 200_000);
        break;
      case "no-headers":
        f.noHeaders = true;
        break;
      case "gzip":
        f.gzip = true;
        break;
      case "stamp":
        f.stamp = true;
        break;
      case "redirect":
        f.redirect = true;
        break;
      case "fail":
        f.fail = true;
        break;
      case "tool":
        if (m[2] !== undefined) f.tool = m[2];
        break;
      case "tools":
        if (m[2] === "parallel") f.toolCalls = 0;
        else if (num !== undefined && num > 0) f.toolCalls = Math.min(num, 8);
        break;
    }
  }
  return f;
}

/**
 * Directives of the system prompt and of the last user message together. The user message is read
 * last, so where both set the same value (`[sim:tps=…]`, `[sim:status=…]`) the user message wins;
 * switches (`[sim:cut]`, …) hold when either turns them on.
 */
export function parsePromptFaults(system: string, lastUser: string): Faults {
  return parseFaults(system ? `${system}\n${lastUser}` : lastUser);
}

export function stripDirectives(text: string): string {
  return text.replace(DIRECTIVE, "").replace(/\s+/g, " ").trim();
}

/** Timestamp for `[sim:stamp]`: ms since the Unix epoch as a float. */
export function stampNow(): number {
  return performance.timeOrigin + performance.now();
}

export const REDIRECT_TARGET = "http://127.0.0.1:9/evil";

export type ErrorRoute = "openai" | "anthropic" | "task";

/**
 * Faults that replace the whole response, in new-api's order: the rate-limit middleware (relay
 * routes only; task routes do not use it: router/relay-router.go, router/video-router.go), then
 * billing, then the upstream's status. Redirect and never-send-headers stand in for broken upstreams.
 */
export async function preFaults(
  f: Faults,
  ctx: Ctx,
  route: ErrorRoute,
  stream: boolean,
): Promise<Response | null> {
  if (f.redirect) return new Response(null, { status: 307, headers: { Location: REDIRECT_TARGET } });
  if (f.noHeaders) {
    const signal = ctx.signal;
    await new Promise<void>((resolve) => {
      if (signal.aborted) return resolve();
      signal.addEventListener("abort", () => resolve(), { once: true });
    });
    return new Response(null, { status: 499 });
  }
  if (f.rateLimit && route !== "task") return modelRateLimited(ctx.rid, f.rateLimit === "empty");
  if (f.quota) return quotaExhausted(route, ctx.rid);
  if (f.status !== undefined) return simulatedStatus(route, f.status, stream, ctx.rid);
  return null;
}
