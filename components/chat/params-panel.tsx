"use client";

import { RotateCcwIcon } from "lucide-react";
import { Button } from "@/components/ui/button";
import { useChatConfigStore } from "@/lib/chat/config-store";
import { useT } from "@/lib/i18n/provider";
import { ParamsEditor } from "./params-editor";

/** The chat tab's parameters (its persisted store), with a reset. */
export function ParamsPanel() {
  const t = useT();
  const params = useChatConfigStore((s) => s.params);
  const setParam = useChatConfigStore((s) => s.setParam);
  const setEnabled = useChatConfigStore((s) => s.setEnabled);
  const setStream = useChatConfigStore((s) => s.setStream);
  const reset = useChatConfigStore((s) => s.resetParams);
  return (
    <div className="flex flex-col gap-2" data-testid="params-panel">
      <div className="flex items-center justify-between">
        <h2 className="text-sm font-semibold">{t("chat.params.title")}</h2>
        <Button variant="ghost" size="sm" onClick={reset} data-testid="params-reset">
          <RotateCcwIcon aria-hidden />
          {t("chat.params.reset")}
        </Button>
      </div>
      <p className="text-muted-foreground text-xs">{t("chat.params.hint")}</p>
      <ParamsEditor params={params} setParam={setParam} setEnabled={setEnabled} setStream={setStream} />
    </div>
  );
}
