import { describe, expect, it } from "vitest";
import { effectivePrice } from "./effective-price";
import { gatewayPriceFor, gatewayPricesOf, QUOTA_PER_USD, USD_PER_1M_AT_RATIO_1 } from "./gateway-prices";

// new-api: common/constants.go (QuotaPerUnit = 500 * 1000.0, "$0.002 / 1K tokens"),
// setting/ratio_setting/model_ratio.go ("1 === $0.002 / 1K tokens"), model/pricing.go (the entries),
// controller/pricing.go (group_ratio beside them).
const reply = (data: unknown[], group_ratio: Record<string, unknown> = { default: 1 }) => ({
  success: true,
  data,
  group_ratio,
});
const perToken = (model_name: string, model_ratio: number, completion_ratio: number) => ({
  model_name,
  quota_type: 0,
  model_ratio,
  model_price: 0,
  completion_ratio,
});

describe("gateway prices", () => {
  it("uses new-api's constants: 500,000 quota per USD, ratio 1 = $2 per 1M tokens", () => {
    expect(QUOTA_PER_USD).toBe(500_000);
    expect(USD_PER_1M_AT_RATIO_1).toBe(2);
  });

  it("turns ratios into USD per 1M tokens: input = ratio × 2, output = input × completion ratio", () => {
    const prices = gatewayPricesOf(reply([perToken("gpt-4o", 1.25, 4)]));
    expect(prices["gpt-4o"]).toEqual({
      kind: "tokens",
      input: 2.5,
      output: 10,
      modelRatio: 1.25,
      completionRatio: 4,
      groupRatio: 1,
      group: "default",
    });
  });

  it("prices per-call models (quota_type 1) by model_price, and applies the default group's ratio", () => {
    const prices = gatewayPricesOf(
      reply(
        [
          { model_name: "dall-e-3", quota_type: 1, model_ratio: 0, model_price: 0.04, completion_ratio: 0 },
          perToken("claude-sonnet-4-20250514", 1.5, 5),
        ],
        { default: 1.5, vip: 1 },
      ),
    );
    expect(prices["dall-e-3"]).toMatchObject({
      kind: "call",
      perCall: 0.06,
      modelPrice: 0.04,
      groupRatio: 1.5,
    });
    expect(prices["claude-sonnet-4-20250514"]).toMatchObject({ input: 4.5, output: 22.5, group: "default" });
  });

  it("takes the only group listed, and ratio 1 when it cannot tell which group applies", () => {
    const only = gatewayPricesOf(reply([perToken("m", 1, 1)], { vip: 0.5 }));
    expect(only.m).toMatchObject({ input: 1, group: "vip" });
    const unknown = gatewayPricesOf(reply([perToken("m", 1, 1)], { a: 0.5, b: 2 }));
    expect(unknown.m).toMatchObject({ input: 2, groupRatio: 1 });
    expect(unknown.m && "group" in unknown.m).toBe(false);
  });

  it("skips unreadable entries and refuses what is not the price list", () => {
    const prices = gatewayPricesOf(
      reply([{ model_name: "" }, { model_name: "x", model_ratio: -1 }, "junk", perToken("ok", 1, 2)]),
    );
    expect(Object.keys(prices)).toEqual(["ok"]);
    expect(() => gatewayPricesOf("<!doctype html>")).toThrow();
    expect(() => gatewayPricesOf({ success: false, message: "no", data: [] })).toThrow();
  });
});

describe("effective price", () => {
  const gateway = gatewayPricesOf(reply([perToken("gpt-4o", 1.25, 4)]))["gpt-4o"];

  it("is the gateway's when the user typed nothing", () => {
    expect(effectivePrice({ input: "", output: " " }, gateway)).toMatchObject({
      input: 2.5,
      output: 10,
      source: "gateway",
    });
    expect(effectivePrice(undefined, undefined)).toBeUndefined();
  });

  it("takes each side the user typed over the gateway's, and says so", () => {
    expect(effectivePrice({ input: "3", output: "12" }, gateway)).toMatchObject({
      input: 3,
      output: 12,
      source: "yours",
    });
    expect(effectivePrice({ input: "3", output: "" }, gateway)).toMatchObject({
      input: 3,
      output: 10,
      source: "mixed",
    });
    expect(effectivePrice({ input: "1", output: "" }, undefined)).toEqual({ input: 1, source: "yours" });
  });
});

describe("gateway price of a reply's model", () => {
  const prices = gatewayPricesOf(reply([perToken("gpt-4o", 1.25, 4), perToken("gpt-4o-mini", 0.075, 4)]));

  it("takes the exact entry, else the longest listed name the dated snapshot extends", () => {
    expect(gatewayPriceFor("gpt-4o-mini", prices)).toMatchObject({ modelRatio: 0.075 });
    expect(gatewayPriceFor("gpt-4o-2024-08-06", prices)).toMatchObject({ modelRatio: 1.25 });
    expect(gatewayPriceFor("gpt-4o-mini-2024-07-18", prices)).toMatchObject({ modelRatio: 0.075 });
    expect(gatewayPriceFor("gpt-4", prices)).toBeUndefined();
    expect(gatewayPriceFor("gpt-4o", undefined)).toBeUndefined();
  });
});
