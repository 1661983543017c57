"use client";

import Link from "next/link";
import { useT } from "@/lib/i18n/provider";

export function BrandLink() {
  const t = useT();
  return (
    <Link
      href="/chat"
      className="truncate py-1 text-base font-semibold tracking-tight"
      data-testid="brand-link"
    >
      {t("app.name")}
    </Link>
  );
}
