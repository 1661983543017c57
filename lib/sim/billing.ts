import { extractKey } from "./auth";
import { jsonResponse } from "./errors";
import { goJson } from "./util";

// new-api's balance endpoints (router/dashboard.go: GET /v1/dashboard/billing/subscription and
// /v1/dashboard/billing/usage, TokenAuth), answered as controller/billing.go does with the default
// USD display: amounts are quota / common.QuotaPerUnit (500000 quota per dollar); `hard_limit_usd` is
// the whole grant (remaining + used) and `total_usage` the used part in cents, so a client's balance is
// hard_limit_usd - total_usage / 100 (what new-api's own channel balance check computes).

export const QUOTA_PER_UNIT = 500_000;
/** Every key the simulator sees starts with $100. Display only: `[sim:quota]` is how a balance runs out. */
export const START_QUOTA = 100 * QUOTA_PER_UNIT;
/**
 * A flat price per successful request (quota units), charged when it is accepted, as new-api
 * pre-consumes: not new-api's per-token ratio billing, only a balance that goes down.
 */
const PRICES: readonly [RegExp, number][] = [
  [/^\/v1\/(chat\/completions|messages)$/, 1_000], // $0.002
  [/^\/v1\/images\/generations$/, 20_000], // $0.04
  [/^\/v1\/videos(\/[^/]+\/remix)?$/, 50_000], // $0.10
];
// Keys remembered at most (oldest forgotten first): a busy stand-in must not grow without bound.
const MAX_KEYS = 10_000;

function bare(key: string): string {
  return key.startsWith("sk-") ? key.slice(3) : key;
}

/** Quota used per key, in new-api's units. */
export class Ledger {
  private readonly used = new Map<string, number>();

  usedBy(key: string): number {
    return this.used.get(bare(key)) ?? 0;
  }

  /** Charges an accepted request its flat price (nothing for other paths). */
  charge(req: Request, path: string): void {
    const price = PRICES.find(([re]) => re.test(path))?.[1];
    const key = extractKey(req, path);
    if (!price || !key) return;
    const id = bare(key);
    const before = this.used.get(id) ?? 0;
    this.used.delete(id);
    this.used.set(id, before + price);
    if (this.used.size > MAX_KEYS) {
      const oldest = this.used.keys().next().value;
      if (oldest !== undefined) this.used.delete(oldest);
    }
  }
}

function amounts(ledger: Ledger, req: Request, path: string) {
  const used = ledger.usedBy(extractKey(req, path) ?? "");
  const remain = Math.max(0, START_QUOTA - used);
  return { granted: (remain + used) / QUOTA_PER_UNIT, used: used / QUOTA_PER_UNIT };
}

/** GET /v1/dashboard/billing/subscription (controller/billing.go GetSubscription). */
export function subscription(ledger: Ledger, req: Request, path: string): Response {
  const { granted } = amounts(ledger, req, path);
  return jsonResponse(
    200,
    goJson({
      object: "billing_subscription",
      has_payment_method: true,
      soft_limit_usd: granted,
      hard_limit_usd: granted,
      system_hard_limit_usd: granted,
      access_until: 0,
    }),
  );
}

/** GET /v1/dashboard/billing/usage (controller/billing.go GetUsage): cents, whatever the query says. */
export function usage(ledger: Ledger, req: Request, path: string): Response {
  const { used } = amounts(ledger, req, path);
  return jsonResponse(200, goJson({ object: "list", total_usage: used * 100 }));
}
