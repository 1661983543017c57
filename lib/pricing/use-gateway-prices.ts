"use client";

import { useQuery } from "@tanstack/react-query";
import { pricingQueryOptions } from "@/lib/queries/pricing";
import { sessionQueryOptions } from "@/lib/queries/session";
import type { SessionInfo } from "@/lib/schemas/session";
import type { GatewayPrices } from "./gateway-prices";

/** Whether this browser's requests are relayed at all (a team deployment waits for its access code). */
function relayed(s: SessionInfo): boolean {
  if (s.mode === "no-key") return false;
  return s.mode !== "team" || !s.accessRequired || s.accessGranted;
}

/** The gateway's prices for the upstream answering this browser; undefined while unknown or unpublished. */
export function useGatewayPrices(): GatewayPrices | undefined {
  const { data: session } = useQuery(sessionQueryOptions());
  const scope = session ? `${session.upstream.kind}:${session.upstream.gateway ?? ""}` : "";
  const { data } = useQuery({ ...pricingQueryOptions(scope), enabled: !!session && relayed(session) });
  return data;
}
