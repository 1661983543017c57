"use client";

import { useT } from "@/lib/i18n/provider";

/** The first stop of the Tab key: jumps past the header to the page's <main id="main">. */
export function SkipLink() {
  const t = useT();
  return (
    <a
      href="#main"
      className="bg-background focus-visible:ring-ring/50 sr-only z-50 rounded-md border px-3 py-2 text-sm font-medium outline-none focus-visible:not-sr-only focus-visible:absolute focus-visible:top-2 focus-visible:left-2 focus-visible:ring-[3px]"
      data-testid="skip-link"
    >
      {t("app.skipToContent")}
    </a>
  );
}
