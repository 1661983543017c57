"use client";

import { EllipsisVerticalIcon } from "lucide-react";
import { useT } from "@/lib/i18n/provider";
import { useShortcutPrefs } from "@/lib/shortcuts/prefs";
import { useLanguageChoice, useThemeChoice } from "./header-choices";
import type { MoreMenuProps } from "./more-menu-dropdown";
import { deferredMenu } from "./radio-menu";

const Menu = deferredMenu<MoreMenuProps>(() =>
  import("./more-menu-dropdown").then((m) => m.MoreMenuDropdown),
);

/** Phones: one button for language, theme and shortcuts, so the header stays one row above the tabs. */
export function MoreMenu() {
  const t = useT();
  const { current: _current, ...language } = useLanguageChoice();
  const theme = useThemeChoice();
  const setShortcutsOpen = useShortcutPrefs((s) => s.setDialogOpen);
  return (
    <Menu
      label={t("header.more")}
      icon={<EllipsisVerticalIcon />}
      size="icon"
      testId="header-more"
      choices={[language, theme]}
      shortcutsLabel={t("shortcuts.open")}
      onShortcuts={() => setShortcutsOpen(true)}
    />
  );
}
