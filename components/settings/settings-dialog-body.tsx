"use client";

// The dialog itself; loaded by settings-dialog.tsx once it is first opened (or after the page load).

import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { useT } from "@/lib/i18n/provider";
import { useUiStore } from "@/lib/settings/ui-store";
import { AccessSection } from "./access-section";
import { BalanceSection } from "./balance-section";
import { KeySection } from "./key-section";
import { UpstreamInfo } from "./upstream-info";
import { VendorField } from "./vendor-field";

export function SettingsDialogBody() {
  const t = useT();
  const open = useUiStore((s) => s.settingsOpen);
  const setOpen = useUiStore((s) => s.setSettingsOpen);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogContent
        closeLabel={t("settings.close")}
        className="max-h-[90dvh] overflow-y-auto"
        data-testid="settings-dialog"
      >
        <DialogHeader>
          <DialogTitle>{t("settings.title")}</DialogTitle>
          <DialogDescription>{t("settings.description")}</DialogDescription>
        </DialogHeader>
        <AccessSection />
        <UpstreamInfo />
        <KeySection />
        <BalanceSection />
        <VendorField />
      </DialogContent>
    </Dialog>
  );
}
