import Link from "next/link";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { SkipLink } from "@/components/shell/skip-link";
import { ThemeToggle } from "@/components/shell/theme-toggle";
import { Badge } from "@/components/ui/badge";
import type { Translate } from "@/lib/i18n/translate";

/** The share page's own slim header: no tabs and no settings, this page only shows a snapshot. */
export function SharePageHeader({ t }: { t: Translate }) {
  return (
    // Opaque: the shared conversation scrolls under this sticky header and must not show through it.
    <header className="bg-background sticky top-0 z-40 border-b">
      <SkipLink />
      <div className="mx-auto flex w-full max-w-5xl flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 sm:px-6">
        <Link
          href="/chat"
          className="truncate py-1 text-base font-semibold tracking-tight"
          data-testid="share-brand"
        >
          {t("app.name")}
        </Link>
        <Badge variant="secondary" data-testid="share-badge">
          {t("share.page.badge")}
        </Badge>
        <div className="ml-auto flex items-center gap-1">
          <LanguageSwitch />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
