import type { pricingEn } from "./pricing.en";

export const pricingZhCN: typeof pricingEn = {
  fromGateway: "网关",
  yours: "自填",
  mixed: "混合",
  perCall: "每次请求 {price}",
  costLabel: "费用 {value}",
  explainTokens:
    "来自网关价格表：模型倍率 {ratio} × 每百万令牌 $2（new-api：$1 = 500,000 额度，倍率 1 = $0.002 / 1K 令牌）× 分组倍率 {groupRatio}{group} = 每百万输入令牌 {input}；输出再 × 补全倍率 {completionRatio} = 每百万令牌 {output}。",
  explainCall: "来自网关价格表：每次请求 {price} × 分组倍率 {groupRatio}{group} = {total}。",
  explainGroup: "（分组“{group}”）",
  explainYours: "你的价格，填写于对比页的价格表（每百万令牌，使用你自己的货币）。",
  explainMixed: "一侧是你的价格，另一侧来自网关。{gateway}",
};
