"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useT } from "@/lib/i18n/provider";
import { balanceQueryOptions, watchBilledRequests } from "@/lib/queries/balance";
import { queryKeys } from "@/lib/queries/keys";

/** The remaining balance of the key in use (the demo's simulated one included), refreshed after requests. */
export function BalanceChip({ scope }: { scope: string }) {
  const t = useT();
  const queryClient = useQueryClient();
  const { data } = useQuery(balanceQueryOptions(scope));
  useEffect(
    () => watchBilledRequests(() => void queryClient.invalidateQueries({ queryKey: queryKeys.balance })),
    [queryClient],
  );
  if (data === undefined) return null;
  const amount = Number.isFinite(data) ? `$${data.toFixed(2)}` : "∞";
  return (
    <span
      data-testid="balance"
      data-usd={Number.isFinite(data) ? data : undefined}
      title={t("header.balance")}
    >
      · {amount}
    </span>
  );
}
