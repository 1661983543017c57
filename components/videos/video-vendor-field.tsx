"use client";

import { useId } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useT } from "@/lib/i18n/provider";
import { useSettingsStore } from "@/lib/settings/store";
import { useVideoDraftStore } from "@/lib/videos/draft-store";

/** The vendor header for this request; empty falls back to the default vendor in Settings. */
export function VideoVendorField() {
  const t = useT();
  const id = useId();
  const vendor = useVideoDraftStore((s) => s.vendor);
  const update = useVideoDraftStore((s) => s.update);
  const fallback = useSettingsStore((s) => s.vendor).trim();
  return (
    <div className="grid min-w-0 content-start gap-1.5">
      <Label htmlFor={id}>{t("videos.form.vendorLabel")}</Label>
      <Input
        id={id}
        value={vendor}
        onChange={(e) => update({ vendor: e.target.value })}
        placeholder={fallback || "openai"}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${id}-help`}
        className="font-mono"
        data-testid="videos-vendor"
      />
      <p id={`${id}-help`} className="text-muted-foreground text-xs">
        {fallback ? t("videos.form.vendorDefault", { vendor: fallback }) : t("videos.form.vendorNone")}
      </p>
    </div>
  );
}
