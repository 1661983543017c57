"use client";

import { useQuery } from "@tanstack/react-query";
import { FlaskConicalIcon } from "lucide-react";
import { lazy, Suspense, useEffect, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { afterLoad } from "@/lib/after-load";
import { useT } from "@/lib/i18n/provider";
import { balanceScope } from "@/lib/queries/balance-scope";
import { sessionQueryOptions } from "@/lib/queries/session";
import { useUiStore } from "@/lib/settings/ui-store";
import { cn } from "@/lib/utils";

// The balance (its query, its request watcher) loads after the page: it is not needed for the first paint.
const BalanceChip = lazy(() => import("./balance-chip").then((m) => ({ default: m.BalanceChip })));

/** Which upstream answers this browser's requests (demo, the simulator, API·GO or another gateway); opens Settings. */
export function UpstreamBadge() {
  const t = useT();
  const { data } = useQuery(sessionQueryOptions());
  const setOpen = useUiStore((s) => s.setSettingsOpen);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => afterLoad(() => setLoaded(true)), []);
  if (!data) return null;
  const demo = data.mode === "demo";
  const scope = balanceScope(data);
  const remote = data.upstream.kind === "remote";
  const [label, short] = demo
    ? [t("header.demoBadge"), t("header.demoBadgeShort")]
    : !remote
      ? [t("header.simulatorBadge"), t("header.simulatorBadge")]
      : data.upstream.gateway === "apigo"
        ? [t("header.gatewayBadge"), t("header.gatewayBadgeShort")]
        : [t("header.customGatewayBadge"), t("header.customGatewayBadgeShort")];
  return (
    <Badge
      asChild
      variant="outline"
      className={cn(
        "cursor-pointer",
        remote
          ? "border-emerald-600/40 bg-emerald-500/10 text-emerald-800 dark:text-emerald-300"
          : "border-amber-500/50 bg-amber-500/10 text-amber-800 dark:text-amber-300",
      )}
    >
      <button
        type="button"
        data-testid={demo ? "demo-badge" : "upstream-badge"}
        data-upstream={data.upstream.kind}
        title={t("header.upstreamBadgeTitle")}
        onClick={() => setOpen(true)}
      >
        {!remote && <FlaskConicalIcon aria-hidden />}
        <span className="sm:hidden">{short}</span>
        <span className="hidden sm:inline">{label}</span>
        {loaded && scope !== undefined && (
          <Suspense fallback={null}>
            <BalanceChip scope={scope} />
          </Suspense>
        )}
      </button>
    </Badge>
  );
}
