"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { afterLoad } from "@/lib/after-load";
import { pricingQueryOptions, pricingScope } from "@/lib/queries/pricing";
import { sessionQueryOptions } from "@/lib/queries/session";
import type { SessionInfo } from "@/lib/schemas/session";
import type { GatewayPrices } from "./gateway-prices";

/** Whether this browser's requests are relayed at all (a team deployment waits for its access code). */
function relayed(s: SessionInfo): boolean {
  if (s.mode === "no-key") return false;
  return s.mode !== "team" || !s.accessRequired || s.accessGranted;
}

/**
 * The gateway's prices for the upstream answering this browser; undefined while unknown or unpublished.
 * Asked for after the page's load event: a cost needs a finished reply first.
 */
export function useGatewayPrices(): GatewayPrices | undefined {
  const { data: session } = useQuery(sessionQueryOptions());
  const [loaded, setLoaded] = useState(false);
  useEffect(() => afterLoad(() => setLoaded(true)), []);
  const scope = session ? pricingScope(session) : "";
  const { data } = useQuery({
    ...pricingQueryOptions(scope),
    enabled: loaded && !!session && relayed(session),
  });
  return data;
}
