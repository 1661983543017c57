// Strings of the prices taken from the gateway (lib/pricing, the compare and chat cost figures).
// pricing.zh-CN.ts mirrors these keys exactly.
export const pricingEn = {
  fromGateway: "gateway",
  yours: "yours",
  mixed: "mixed",
  perCall: "{price} per request",
  costLabel: "Cost {value}",
  explainTokens:
    "From the gateway's price list: model ratio {ratio} × $2 per 1M tokens (new-api: $1 = 500,000 quota, ratio 1 = $0.002 / 1K tokens) × group ratio {groupRatio}{group} = {input} per 1M input tokens; output × completion ratio {completionRatio} = {output} per 1M tokens.",
  explainCall:
    "From the gateway's price list: {price} per request × group ratio {groupRatio}{group} = {total}.",
  explainGroup: " (group “{group}”)",
  explainYours: "Your price, typed in the compare tab's price list (per 1M tokens, in your currency).",
  explainMixed: "One side is your price, the other the gateway's. {gateway}",
};
