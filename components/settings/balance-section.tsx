"use client";

import { useQuery } from "@tanstack/react-query";
import { ExternalLink } from "@/components/shared/external-link";
import { APIGO_TOPUP_URL } from "@/lib/apigo-links";
import { useFormat, useT } from "@/lib/i18n/provider";
import { balanceQueryOptions } from "@/lib/queries/balance";
import { balanceScope } from "@/lib/queries/balance-scope";
import { sessionQueryOptions } from "@/lib/queries/session";

/**
 * The remaining balance of the key in use, as the header chip shows it (the same query: the chip's
 * watcher refreshes both after each billed request); at zero, the quota hint and the top-up link.
 */
export function BalanceSection() {
  const t = useT();
  const f = useFormat();
  const { data: session } = useQuery(sessionQueryOptions());
  const scope = session ? balanceScope(session) : undefined;
  const { data, isError, isPending } = useQuery({
    ...balanceQueryOptions(scope ?? ""),
    enabled: scope !== undefined,
  });
  if (!session || scope === undefined) return null;
  const demo = session.upstream.kind === "simulator";
  const apigo = session.upstream.gateway === "apigo" && !demo;
  const empty = data !== undefined && data <= 0;
  const amount =
    data === undefined ? "" : Number.isFinite(data) ? f.price(data) : t("settings.balanceUnlimited");
  return (
    <section className="grid gap-1" aria-labelledby="settings-balance-title" data-testid="settings-balance">
      <h3 id="settings-balance-title" className="text-sm font-medium">
        {t("settings.balance")}
      </h3>
      <p className="text-sm" aria-live="polite">
        {isPending ? (
          <span className="text-muted-foreground">{t("settings.loading")}</span>
        ) : isError ? (
          <span className="text-muted-foreground">{t("settings.balanceUnavailable")}</span>
        ) : (
          <span
            className="font-mono font-medium"
            data-testid="settings-balance-amount"
            data-usd={Number.isFinite(data) ? data : undefined}
          >
            {amount}
          </span>
        )}
      </p>
      {demo && <p className="text-muted-foreground text-xs">{t("settings.balanceDemo")}</p>}
      {empty && (
        <p className="text-destructive text-xs" role="alert">
          {t("error.hintQuota")}
        </p>
      )}
      {(empty || apigo) && (
        <ExternalLink href={APIGO_TOPUP_URL} testId="settings-top-up" className="w-fit text-sm">
          {t("error.topUp")}
        </ExternalLink>
      )}
    </section>
  );
}
