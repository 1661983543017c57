import { SettingsDialog } from "@/components/settings/settings-dialog";
import { cn } from "@/lib/utils";
import { BrandLink } from "./brand-link";
import { GlobalShortcuts } from "./global-shortcuts";
import { LanguageSwitch } from "./language-switch";
import { MoreMenu } from "./more-menu";
import { NavTabs } from "./nav-tabs";
import { SettingsButton } from "./settings-button";
import { ShortcutsButton } from "./shortcuts-button";
import { SkipLink } from "./skip-link";
import { ThemeToggle } from "./theme-toggle";
import { UpstreamBadge } from "./upstream-badge";

// At lg the chat, Messages and compare views are wider than the other tabs (see conversation-layout.tsx, compare-view.tsx):
// the header's rows take the same width there, so its edges line up with the content under it.
const rowWidth =
  "mx-auto w-full max-w-5xl px-3 sm:px-6 lg:group-has-[[data-layout=chat]]/page:max-w-[calc(min(100vw_-_3rem,92rem)_+_3rem)] lg:group-has-[[data-layout=messages]]/page:max-w-[calc(min(100vw_-_3rem,92rem)_+_3rem)] lg:group-has-[[data-layout=compare]]/page:max-w-[calc(min(100vw_-_3rem,120rem)_+_3rem)]";

export function SiteHeader() {
  return (
    // Opaque on purpose: a translucent header let the conversation scrolling under it show through faintly.
    <header className="bg-background sticky top-0 z-40 border-b" data-site-header>
      <SkipLink />
      <div className={cn(rowWidth, "flex flex-wrap items-center gap-x-2 gap-y-1 pt-1 sm:gap-x-3 sm:pt-2")}>
        <BrandLink />
        <UpstreamBadge />
        <div className="ml-auto flex items-center gap-1">
          {/* Phones fold language, theme and shortcuts into one menu: one row above the tabs. */}
          <div className="hidden items-center gap-1 sm:flex">
            <LanguageSwitch />
            <ThemeToggle />
            <ShortcutsButton />
          </div>
          <div className="sm:hidden">
            <MoreMenu />
          </div>
          <SettingsButton />
        </div>
      </div>
      <div className={rowWidth}>
        <NavTabs />
      </div>
      <SettingsDialog />
      <GlobalShortcuts />
    </header>
  );
}
