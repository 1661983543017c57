import { describe, expect, it } from "vitest";
import type { GatewayPrices } from "@/lib/pricing/gateway-prices";
import type { SessionInfo } from "@/lib/schemas/session";
import { makeQueryClient } from "./client";
import { cachedGatewayPrices, pricingQueryOptions, pricingScope } from "./pricing";
import { sessionQueryOptions } from "./session";

const prices = (perCall: number): GatewayPrices => ({
  "gpt-4o": { kind: "call", perCall, modelPrice: perCall, groupRatio: 1 },
});
const session = (gateway: string) => ({ upstream: { kind: "gateway", gateway } }) as unknown as SessionInfo;

describe("cachedGatewayPrices", () => {
  it("answers the list of the session's upstream, none before the session or the list is known", () => {
    const client = makeQueryClient();
    expect(cachedGatewayPrices(client)).toBeUndefined();
    client.setQueryData(pricingQueryOptions(pricingScope(session("https://a.example"))).queryKey, prices(1));
    client.setQueryData(pricingQueryOptions(pricingScope(session("https://b.example"))).queryKey, prices(2));
    expect(cachedGatewayPrices(client)).toBeUndefined();
    client.setQueryData(sessionQueryOptions().queryKey, session("https://b.example"));
    expect(cachedGatewayPrices(client)).toEqual(prices(2));
  });
});
