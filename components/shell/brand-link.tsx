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
      {/* Phones: the short name, so the header keeps one row above the tabs. */}
      <span className="sm:hidden">{t("app.shortName")}</span>
      <span className="hidden sm:inline">{t("app.name")}</span>
    </Link>
  );
}
