"use client";

import { lazyDialog } from "@/components/shared/lazy-dialog";
import { useOpenedOnce } from "@/lib/hooks/use-opened-once";
import { useUiStore } from "@/lib/settings/ui-store";

const SettingsDialogBody = lazyDialog(() =>
  import("./settings-dialog-body").then((m) => m.SettingsDialogBody),
);

/** Settings (key, access code, vendor): opened from the header and from error hints (e.g. a 401). */
export function SettingsDialog() {
  const opened = useOpenedOnce(useUiStore((s) => s.settingsOpen));
  return opened ? <SettingsDialogBody /> : null;
}
