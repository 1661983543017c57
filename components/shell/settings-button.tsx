"use client";

import { SettingsIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/provider";
import { useUiStore } from "@/lib/settings/ui-store";

export function SettingsButton() {
  const t = useT();
  const setOpen = useUiStore((s) => s.setSettingsOpen);
  return (
    <Button
      variant="ghost"
      size="icon"
      aria-label={t("header.settings")}
      title={t("header.settings")}
      data-testid="settings-open"
      onClick={() => setOpen(true)}
    >
      <SettingsIcon />
    </Button>
  );
}
