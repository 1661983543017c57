/** Fault-injection directives parsed from the system prompt and last user message, or a media prompt. */
export interface Faults {
  status?: number;
  midstreamError: boolean;
  cut: boolean;
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
}

const DIRECTIVE = /\[sim:([a-z-]+)(?:=(\d+))?\]/g;

export function parseFaults(text: string): Faults {
  const f: Faults = {
    midstreamError: false,
    cut: false,
    long: false,
    noHeaders: false,
    gzip: false,
    stamp: false,
    redirect: false,
    fail: false,
  };
  for (const m of text.matchAll(DIRECTIVE)) {
    const name = m[1];
    const num = m[2] === undefined ? undefined : Number(m[2]);
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

/** Faults that replace the whole response: redirect, never-send-headers, error status. */
export async function preFaults(
  f: Faults,
  signal: AbortSignal,
  errorFor: (status: number) => Response,
): Promise<Response | null> {
  if (f.redirect) return new Response(null, { status: 307, headers: { Location: REDIRECT_TARGET } });
  if (f.noHeaders) {
    await new Promise<void>((resolve) => {
      if (signal.aborted) return resolve();
      signal.addEventListener("abort", () => resolve(), { once: true });
    });
    return new Response(null, { status: 499 });
  }
  if (f.status !== undefined) return errorFor(f.status);
  return null;
}
