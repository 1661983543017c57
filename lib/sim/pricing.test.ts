import { describe, expect, it } from "vitest";
import { gatewayPricesOf } from "@/lib/pricing/gateway-prices";
import { CATALOGUE } from "./catalogue";
import { BASE, json, testSim } from "./test-helpers";

// new-api: router/api-router.go (GET /api/pricing behind TryUserAuth, which reads only a dashboard
// session and never refuses), controller/pricing.go GetPricing (the gin.H reply), model/pricing.go
// (one Pricing per model; quota_type 0 = ratios, 1 = model_price per call).
describe("GET /api/pricing", () => {
  const fetchList = (headers: Record<string, string> = {}) =>
    testSim().handle(new Request(`${BASE}/api/pricing`, { headers }));

  it("answers without a key, in new-api's shape: gin.H keys sorted, one entry per model", async () => {
    const res = await fetchList();
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const body = await json(res);
    expect(Object.keys(body)).toEqual([
      "auto_groups",
      "data",
      "group_ratio",
      "pricing_version",
      "success",
      "supported_endpoint",
      "usable_group",
      "vendors",
    ]);
    expect(body.success).toBe(true);
    expect(body.group_ratio).toEqual({ default: 1 });
    const data = body.data as Record<string, unknown>[];
    expect(data.map((d) => d.model_name)).toEqual(CATALOGUE.map((m) => m.id));
    expect(Object.keys(data[1] ?? {})).toEqual([
      "model_name",
      "vendor_id",
      "quota_type",
      "model_ratio",
      "model_price",
      "owner_by",
      "completion_ratio",
      "enable_groups",
      "supported_endpoint_types",
      "wallet_available",
      "subscription_available",
    ]);
    // Only the first entry carries pricing_version (model/pricing.go updatePricing).
    expect(data[0]?.pricing_version).toEqual(expect.any(String));
  });

  it("lists per-token models by ratio and per-call ones by price", async () => {
    const data = (await json(await fetchList())).data as Record<string, unknown>[];
    expect(data.find((d) => d.model_name === "gpt-4o")).toMatchObject({
      quota_type: 0,
      model_ratio: 1.25,
      completion_ratio: 4,
      model_price: 0,
    });
    expect(data.find((d) => d.model_name === "sora-2")).toMatchObject({
      quota_type: 1,
      model_price: 0.3,
      model_ratio: 0,
    });
  });

  it("is the same with any key or none, an invalid one included (TryUserAuth ignores API keys)", async () => {
    const none = await (await fetchList()).text();
    const bad = await (await fetchList({ authorization: "Bearer sk-proj-nope" })).text();
    expect(bad).toBe(none);
  });

  it("reads back as prices: gpt-4o at $2.5 / $10 per 1M tokens", async () => {
    const prices = gatewayPricesOf(await json(await fetchList()));
    expect(prices["gpt-4o"]).toMatchObject({ input: 2.5, output: 10 });
    expect(prices["dall-e-3"]).toMatchObject({ kind: "call", perCall: 0.04 });
  });
});
