"use client";

import { useId } from "react";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { useT } from "@/lib/i18n/provider";
import { useChatConfigStore } from "@/lib/stores/chat-config";

export function SystemPrompt() {
  const t = useT();
  const id = useId();
  const system = useChatConfigStore((s) => s.system);
  const setSystem = useChatConfigStore((s) => s.setSystem);
  return (
    <div className="grid min-w-0 content-start gap-1.5">
      <Label htmlFor={id}>{t("chat.systemLabel")}</Label>
      <Textarea
        id={id}
        rows={2}
        value={system}
        onChange={(e) => setSystem(e.target.value)}
        placeholder={t("chat.systemPlaceholder")}
        className="max-h-40 min-h-9"
        data-testid="chat-system-input"
      />
    </div>
  );
}
