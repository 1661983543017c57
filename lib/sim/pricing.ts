import { CATALOGUE, type CatalogueModel } from "./catalogue";
import { jsonResponse } from "./errors";
import { goJson } from "./util";

// new-api's public price list: GET /api/pricing (router/api-router.go, behind TryUserAuth, which only
// reads a dashboard session and never refuses: API keys play no part), answered by
// controller/pricing.go GetPricing with one model.Pricing per model (model/pricing.go). A per-token
// model has quota_type 0 with model_ratio and completion_ratio; a per-call one quota_type 1 with
// model_price in USD. gin.H is a Go map, so the top-level keys come out sorted, as they do here.
// The ratios are new-api's defaults where it has the model (setting/ratio_setting/model_ratio.go:
// ratio 1 = $0.002 / 1K tokens) and plausible made-up ones where it has not; they are no statement of
// API·GO's real prices. The simulated balance (billing.ts) still charges flat amounts per request.

type Price = { ratio: number; completion: number } | { perCall: number };
const tokens = (ratio: number, completion: number): Price => ({ ratio, completion });

const PRICES: Record<string, Price> = {
  "gpt-4o": tokens(1.25, 4),
  "gpt-4o-mini": tokens(0.075, 4),
  "gpt-4.1": tokens(1, 4),
  "gpt-4.1-mini": tokens(0.2, 4),
  "gpt-5": tokens(0.625, 8),
  "gpt-5-mini": tokens(0.125, 8),
  o3: tokens(1, 4),
  "o4-mini": tokens(0.55, 4),
  "claude-sonnet-4-20250514": tokens(1.5, 5),
  "claude-sonnet-4-5-20250929": tokens(1.5, 5),
  "claude-sonnet-4-5-20250929-thinking": tokens(1.5, 5),
  "claude-opus-4-5-20251101": tokens(2.5, 5),
  "claude-opus-4-5-20251101-thinking": tokens(2.5, 5),
  "claude-haiku-4-5-20251001": tokens(0.5, 5),
  "gemini-2.5-pro": tokens(0.625, 8),
  "gemini-2.5-flash": tokens(0.15, 2.5 / 0.3),
  "deepseek-chat": tokens(0.135, 4),
  "deepseek-reasoner": tokens(0.275, 4),
  "qwen3-max": tokens(0.6, 4),
  "qwen-plus": tokens(0.2, 3),
  "doubao-seed-1-6-250615": tokens(0.06, 10),
  "kimi-k2-0905-preview": tokens(0.3, 4),
  "dall-e-2": { perCall: 0.02 },
  "dall-e-3": { perCall: 0.04 },
  "gpt-image-1": tokens(2.5, 8),
  "sora-2": { perCall: 0.3 },
  "sora-2-pro": { perCall: 0.5 },
};

const VENDORS = [
  { id: 1, name: "OpenAI", icon: "OpenAI" },
  { id: 2, name: "Anthropic", icon: "Claude.Color" },
  { id: 3, name: "Google", icon: "Gemini.Color" },
  { id: 4, name: "DeepSeek", icon: "DeepSeek.Color" },
  { id: 5, name: "Alibaba", icon: "Qwen.Color" },
  { id: 6, name: "ByteDance", icon: "Doubao.Color" },
  { id: 7, name: "Moonshot", icon: "Moonshot" },
] as const;

function vendorId(id: string): number {
  const prefixes: [string, number][] = [
    ["claude", 2],
    ["gemini", 3],
    ["deepseek", 4],
    ["qwen", 5],
    ["doubao", 6],
    ["kimi", 7],
  ];
  return prefixes.find(([p]) => id.startsWith(p))?.[1] ?? 1;
}

// common/endpoint_defaults.go: where each endpoint type is served.
const ENDPOINTS: Record<string, { path: string; method: string }> = {
  anthropic: { path: "/v1/messages", method: "POST" },
  gemini: { path: "/v1beta/models/{model}:generateContent", method: "POST" },
  "image-generation": { path: "/v1/images/generations", method: "POST" },
  openai: { path: "/v1/chat/completions", method: "POST" },
  "openai-video": { path: "/v1/videos", method: "POST" },
};

/** One model.Pricing, fields in the struct's order, `omitempty` ones left out as Go does. */
function entry(m: CatalogueModel, index: number) {
  const price = PRICES[m.id] ?? tokens(37.5, 1); // new-api's ratio for a model it has none for
  const perCall = "perCall" in price;
  return {
    model_name: m.id,
    vendor_id: vendorId(m.id),
    quota_type: perCall ? 1 : 0,
    model_ratio: perCall ? 0 : price.ratio,
    model_price: perCall ? price.perCall : 0,
    owner_by: "",
    completion_ratio: perCall ? 0 : price.completion,
    enable_groups: ["default"],
    supported_endpoint_types: m.endpointTypes,
    // new-api stamps its version on the first entry only ("防止大更新后数据不通用").
    ...(index === 0
      ? { pricing_version: "5a90f2b86c08bd983a9a2e6d66c255f4eaef9c4bc934386d2b6ae84ef0ff1f1f" }
      : {}),
    wallet_available: true,
    subscription_available: true,
  };
}

/** GET /api/pricing, as a visitor without a dashboard session sees it (the default group). */
export function pricingList(): Response {
  return jsonResponse(
    200,
    goJson({
      auto_groups: [],
      data: CATALOGUE.map(entry),
      group_ratio: { default: 1 },
      pricing_version: "a42d372ccf0b5dd13ecf71203521f9d2",
      success: true,
      supported_endpoint: ENDPOINTS,
      usable_group: { default: "默认分组" },
      vendors: VENDORS,
    }),
  );
}
