"use client";

import { KeyboardIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/provider";
import { useShortcutPrefs } from "@/lib/shortcuts/prefs";

export function ShortcutsButton() {
  const t = useT();
  const setOpen = useShortcutPrefs((s) => s.setDialogOpen);
  return (
    <Button
      variant="ghost"
      size="icon"
      aria-label={t("shortcuts.open")}
      aria-keyshortcuts="?"
      title={`${t("shortcuts.open")} (?)`}
      data-testid="shortcuts-open"
      onClick={() => setOpen(true)}
    >
      <KeyboardIcon aria-hidden />
    </Button>
  );
}
