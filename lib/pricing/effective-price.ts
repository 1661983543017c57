import { type ModelPrice, priceNumber } from "@/lib/compare/prices-store";
import type { ReplyMetadata } from "@/lib/conversations/metadata";
import type { GatewayPrice } from "./gateway-prices";

/** Where a price came from: the gateway's list or what the user typed (which wins). */
export type PriceSource = "gateway" | "yours";

export interface EffectivePrice {
  /** Per 1M prompt tokens. */
  input?: number;
  /** Per 1M completion tokens. */
  output?: number;
  /** Per reply: a per-call model on the gateway, while the user typed no token prices. */
  perCall?: number;
  /** Where each side came from; `mixed` when one is the user's and the other the gateway's. */
  source: PriceSource | "mixed";
  /** The gateway's entry behind it, for the explanation (ratios, group). */
  gateway?: GatewayPrice;
}

/**
 * The price a cost is computed with: each side the user typed, else the gateway's. Undefined when
 * neither says anything.
 */
export function effectivePrice(
  own: ModelPrice | undefined,
  gateway: GatewayPrice | undefined,
): EffectivePrice | undefined {
  const ownInput = priceNumber(own?.input);
  const ownOutput = priceNumber(own?.output);
  const typed = ownInput !== undefined || ownOutput !== undefined;
  const withGateway = gateway ? { gateway } : {};
  if (!typed) {
    if (!gateway) return undefined;
    return gateway.kind === "call"
      ? { perCall: gateway.perCall, source: "gateway", gateway }
      : { input: gateway.input, output: gateway.output, source: "gateway", gateway };
  }
  const tokens = gateway?.kind === "tokens" ? gateway : undefined;
  const input = ownInput ?? tokens?.input;
  const output = ownOutput ?? tokens?.output;
  const fromGateway =
    (ownInput === undefined && input !== undefined) || (ownOutput === undefined && output !== undefined);
  return {
    ...(input !== undefined ? { input } : {}),
    ...(output !== undefined ? { output } : {}),
    source: fromGateway ? "mixed" : "yours",
    ...withGateway,
  };
}

/** Cost of one reply in the price's currency; undefined without a price or token counts. */
export function replyCost(meta: ReplyMetadata, price: EffectivePrice | undefined): number | undefined {
  if (price?.perCall !== undefined) return price.perCall;
  const input = price?.input;
  const output = price?.output;
  const prompt = meta.usage?.promptTokens;
  const completion = meta.usage?.completionTokens;
  if (input === undefined && output === undefined) return undefined;
  if ((input !== undefined && prompt == null) || (output !== undefined && completion == null))
    return undefined;
  return ((prompt ?? 0) * (input ?? 0) + (completion ?? 0) * (output ?? 0)) / 1_000_000;
}
