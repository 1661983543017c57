"use client";

import { useQuery } from "@tanstack/react-query";
import { FlaskConicalIcon } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { useT } from "@/lib/i18n/provider";
import { sessionQueryOptions } from "@/lib/queries/session";

export function DemoBadge() {
  const t = useT();
  const { data } = useQuery(sessionQueryOptions());
  if (data?.mode !== "demo") return null;
  return (
    <Badge
      variant="outline"
      data-testid="demo-badge"
      className="order-last border-amber-500/50 bg-amber-500/10 text-amber-800 sm:order-none dark:text-amber-300"
    >
      <FlaskConicalIcon aria-hidden />
      {t("header.demoBadge")}
    </Badge>
  );
}
