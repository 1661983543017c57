"use client";

import { useQuery } from "@tanstack/react-query";
import { useT } from "@/lib/i18n/provider";
import { sessionQueryOptions } from "@/lib/queries/session";

export function UpstreamInfo() {
  const t = useT();
  const { data: session } = useQuery(sessionQueryOptions());
  const upstream = !session
    ? t("settings.loading")
    : session.upstream.kind === "simulator"
      ? t("settings.simulator")
      : t("settings.remoteGateway");
  return (
    <div className="grid gap-1">
      <span className="text-sm font-medium">{t("settings.upstream")}</span>
      <output
        className="bg-muted rounded-md px-3 py-2 font-mono text-sm break-all"
        data-testid="settings-upstream"
      >
        {upstream}
      </output>
    </div>
  );
}
