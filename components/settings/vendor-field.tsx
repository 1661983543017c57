"use client";

import { useId } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useT } from "@/lib/i18n/provider";
import { useSettingsStore } from "@/lib/settings/store";

export function VendorField() {
  const t = useT();
  const id = useId();
  const vendor = useSettingsStore((s) => s.vendor);
  const setVendor = useSettingsStore((s) => s.setVendor);
  return (
    <div className="grid gap-2">
      <Label htmlFor={id}>{t("settings.vendorLabel")}</Label>
      <Input
        id={id}
        value={vendor}
        onChange={(e) => setVendor(e.target.value)}
        placeholder={t("settings.vendorPlaceholder")}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${id}-help`}
        data-testid="settings-vendor-input"
      />
      <p id={`${id}-help`} className="text-muted-foreground text-xs">
        {t("settings.vendorHelp")}
      </p>
    </div>
  );
}
