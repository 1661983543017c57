import * as z from "zod/mini";

// The gateway's public price list (QuantumNous/new-api: router/api-router.go GET /api/pricing,
// controller/pricing.go GetPricing, model/pricing.go Pricing) turned into prices per model.
// new-api bills quota: common/constants.go `QuotaPerUnit = 500 * 1000.0 // $0.002 / 1K tokens`, i.e.
// 500,000 quota per USD; a per-token model costs model_ratio quota per prompt token and
// model_ratio × completion_ratio per completion token (setting/ratio_setting/model_ratio.go:
// "1 === $0.002 / 1K tokens"), times the group's ratio. A per-call model (quota_type 1) costs
// model_price USD per request, times the group's ratio.

/** new-api's quota per US dollar (common/constants.go QuotaPerUnit). */
export const QUOTA_PER_USD = 500_000;
/** USD per 1M tokens of ratio 1: 1,000,000 quota / 500,000 = $2 ($0.002 / 1K tokens). */
export const USD_PER_1M_AT_RATIO_1 = 1_000_000 / QUOTA_PER_USD;
/** The group whose ratio applies when the gateway lists several (new-api's default group). */
const DEFAULT_GROUP = "default";
// A real list holds a few hundred models; past this the rest is ignored (bounded work).
const MAX_MODELS = 5000;

export type GatewayPrice =
  | {
      kind: "tokens";
      /** USD per 1M prompt tokens, group ratio included. */
      input: number;
      /** USD per 1M completion tokens, group ratio included. */
      output: number;
      modelRatio: number;
      completionRatio: number;
      groupRatio: number;
      group?: string;
    }
  | {
      kind: "call";
      /** USD per request, group ratio included. */
      perCall: number;
      modelPrice: number;
      groupRatio: number;
      group?: string;
    };

export type GatewayPrices = Record<string, GatewayPrice>;

// zod 4 numbers are finite already (no Infinity, no NaN).
const finite = z.number().check(z.nonnegative());
const entrySchema = z.object({
  model_name: z.string().check(z.minLength(1), z.maxLength(200)),
  quota_type: z.optional(z.number()),
  model_ratio: z.optional(finite),
  model_price: z.optional(finite),
  completion_ratio: z.optional(finite),
});
const replySchema = z.object({
  success: z.optional(z.boolean()),
  data: z.array(z.unknown()),
  group_ratio: z.optional(z.record(z.string(), z.unknown())),
});

/** The group ratio that applies to a key we know nothing of: `default`'s, or the only one listed. */
function groupOf(ratios: Record<string, unknown> | undefined): { ratio: number; group?: string } {
  const valid = Object.entries(ratios ?? {}).filter(
    (e): e is [string, number] => typeof e[1] === "number" && Number.isFinite(e[1]) && e[1] >= 0,
  );
  const chosen = valid.find(([g]) => g === DEFAULT_GROUP) ?? (valid.length === 1 ? valid[0] : undefined);
  return chosen ? { ratio: chosen[1], group: chosen[0] } : { ratio: 1 };
}

/**
 * Prices per model from a /api/pricing reply; throws when the reply is not that list (a gateway that
 * does not serve it answers 404 or its web page). Entries it cannot read are skipped.
 */
export function gatewayPricesOf(reply: unknown): GatewayPrices {
  const parsed = replySchema.parse(reply);
  if (parsed.success === false) throw new Error("The gateway refused its price list");
  const { ratio: groupRatio, group } = groupOf(parsed.group_ratio);
  const named = group === undefined ? {} : { group };
  const out: GatewayPrices = {};
  for (const raw of parsed.data.slice(0, MAX_MODELS)) {
    const e = entrySchema.safeParse(raw);
    if (!e.success) continue;
    const { model_name: name, quota_type, model_ratio, model_price, completion_ratio } = e.data;
    if (quota_type === 1) {
      if (model_price === undefined) continue;
      out[name] = {
        kind: "call",
        perCall: model_price * groupRatio,
        modelPrice: model_price,
        groupRatio,
        ...named,
      };
    } else if (model_ratio !== undefined) {
      const completionRatio = completion_ratio ?? 1;
      const input = model_ratio * groupRatio * USD_PER_1M_AT_RATIO_1;
      out[name] = {
        kind: "tokens",
        input,
        output: input * completionRatio,
        modelRatio: model_ratio,
        completionRatio,
        groupRatio,
        ...named,
      };
    }
  }
  return out;
}

/**
 * The gateway's price of the model a reply names. new-api bills the requested name, while a reply may
 * name a dated snapshot of it (`gpt-4o-2024-08-06` for `gpt-4o`): without an exact entry, the longest
 * listed name the reply's model extends at a `-` is taken.
 */
export function gatewayPriceFor(model: string, prices: GatewayPrices | undefined): GatewayPrice | undefined {
  if (!prices) return undefined;
  const exact = prices[model];
  if (exact) return exact;
  let best: string | undefined;
  for (const name of Object.keys(prices)) {
    if (model.startsWith(`${name}-`) && name.length > (best?.length ?? 0)) best = name;
  }
  return best === undefined ? undefined : prices[best];
}
