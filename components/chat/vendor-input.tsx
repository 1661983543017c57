"use client";

import { useId } from "react";
import { VendorSuggestions } from "@/components/shared/vendor-suggestions";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useChatConfigStore } from "@/lib/chat/config-store";
import { useT } from "@/lib/i18n/provider";
import { useSettingsStore } from "@/lib/settings/store";

/** The `vendor` header (shared with Settings), suggesting the values used or seen and API·GO's own. */
export function VendorInput() {
  const t = useT();
  const id = useId();
  const vendor = useSettingsStore((s) => s.vendor);
  const setVendor = useSettingsStore((s) => s.setVendor);
  const remember = useChatConfigStore((s) => s.rememberVendor);
  return (
    <div className="grid min-w-0 content-start gap-1.5">
      <Label htmlFor={id}>{t("chat.vendorLabel")}</Label>
      <Input
        id={id}
        list={`${id}-recent`}
        value={vendor}
        onChange={(e) => setVendor(e.target.value)}
        onBlur={() => remember(vendor)}
        placeholder={t("chat.vendorPlaceholder")}
        autoComplete="off"
        spellCheck={false}
        className="font-mono"
        data-testid="chat-vendor-input"
      />
      <VendorSuggestions id={`${id}-recent`} />
    </div>
  );
}
