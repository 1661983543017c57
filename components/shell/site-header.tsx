import { SettingsDialog } from "@/components/settings/settings-dialog";
import { BrandLink } from "./brand-link";
import { DemoBadge } from "./demo-badge";
import { GlobalShortcuts } from "./global-shortcuts";
import { LanguageSwitch } from "./language-switch";
import { NavTabs } from "./nav-tabs";
import { SettingsButton } from "./settings-button";
import { ShortcutsButton } from "./shortcuts-button";
import { SkipLink } from "./skip-link";
import { ThemeToggle } from "./theme-toggle";

export function SiteHeader() {
  return (
    // Opaque on purpose: a translucent header let the conversation scrolling under it show through faintly.
    <header className="bg-background sticky top-0 z-40 border-b">
      <SkipLink />
      <div className="mx-auto flex w-full max-w-5xl flex-wrap items-center gap-x-3 gap-y-1 px-3 pt-2 sm:px-6">
        <BrandLink />
        <DemoBadge />
        <div className="ml-auto flex items-center gap-1">
          <LanguageSwitch />
          <ThemeToggle />
          <ShortcutsButton />
          <SettingsButton />
        </div>
      </div>
      <div className="mx-auto w-full max-w-5xl px-3 sm:px-6">
        <NavTabs />
      </div>
      <SettingsDialog />
      <GlobalShortcuts />
    </header>
  );
}
