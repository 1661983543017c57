import type { ResolvedOptions } from "./context";
import type { Timing } from "./plan";
import { hash32 } from "./util";

// Unless the speed is pinned (SIM_FIRST_TOKEN_MS / SIM_TOKENS_PER_SEC, options, or the [sim:tps=N]
// and [sim:slow-first=MS] directives), every model streams at its own steady pace, so a demo run of
// Evaluate or Compare shows differences: small models ("mini", "haiku", "flash", …) are faster, large
// and reasoning ones slower, and a name's hash spreads the rest by ±20 %. Same model, same pace.

const FAST = /mini|nano|haiku|flash|lite|small|turbo|instant/i;
const SLOW = /opus|(^|[-_])pro([-_]|$)|large|reason|thinking|(^|[-_])o[13]([-_]|$)/i;

/** Speed factor of a model (>1 faster): its class times a deterministic ±20 % from its name. */
export function modelSpeedFactor(model: string): number {
  const tier = FAST.test(model) ? 1.6 : SLOW.test(model) ? 0.55 : 1;
  const spread = 0.8 + ((hash32(model) % 1000) / 1000) * 0.4;
  return tier * spread;
}

/** The timing a model's stream uses: the pinned values as given, the defaults scaled per model. */
export function modelTiming(opts: ResolvedOptions, model: string): Timing {
  const factor = opts.pinned.firstToken && opts.pinned.tps ? 1 : modelSpeedFactor(model);
  return {
    firstTokenMs: opts.pinned.firstToken ? opts.firstTokenMs : Math.round(opts.firstTokenMs / factor),
    tokensPerSecond: opts.pinned.tps ? opts.tokensPerSecond : Math.round(opts.tokensPerSecond * factor),
  };
}
