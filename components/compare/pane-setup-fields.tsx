"use client";

import { ChevronRightIcon } from "lucide-react";
import { memo, useId, useState } from "react";
import { ChatModelsPicker } from "@/components/shared/model-picker/chat-models-picker";
import { VendorSuggestions } from "@/components/shared/vendor-suggestions";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { type PaneApi, type PaneSetup, paneApis } from "@/lib/compare/setup";
import { useCompareStore } from "@/lib/compare/store";
import { useT } from "@/lib/i18n/provider";
import { messagesGroupOrder } from "@/lib/messages/models";
import { DEFAULT_MESSAGES_VENDOR } from "@/lib/messages/request";

const apiLabels = { "chat-completions": "compare.apiChat", messages: "compare.apiMessages" } as const;

// Memoised: a pane re-renders per streamed update, its setup does not change meanwhile.
/**
 * The fields that pick who answers: API, model (the shared picker) and the `vendor` header, folded
 * into one line once a model is set (they took ~40 % of a pane; the replies need the room).
 */
export const PaneSetupFields = memo(function PaneSetupFields({
  pane,
  disabled,
}: {
  pane: PaneSetup;
  disabled: boolean;
}) {
  const t = useT();
  const id = useId();
  const update = useCompareStore((s) => s.updatePane);
  const [open, setOpen] = useState(() => pane.model.trim() === "");

  function setApi(api: PaneApi) {
    // The Messages tab's default vendor goes with the Messages API, and away from chat completions.
    const vendor =
      api === "messages" && pane.vendor === ""
        ? DEFAULT_MESSAGES_VENDOR
        : api === "chat-completions" && pane.vendor === DEFAULT_MESSAGES_VENDOR
          ? ""
          : pane.vendor;
    update(pane.id, { api, vendor });
  }

  return (
    <details
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      className="group rounded-md border"
      data-testid="pane-setup"
    >
      <summary className="flex cursor-pointer list-none items-center gap-1.5 px-2.5 py-1.5 text-xs select-none">
        <ChevronRightIcon
          className="text-muted-foreground size-3.5 shrink-0 transition-transform group-open:rotate-90"
          aria-hidden
        />
        <span className="min-w-0 truncate" data-testid="pane-setup-summary">
          <span className="font-medium">{t(apiLabels[pane.api])}</span>
          {" · "}
          <span className="font-mono">{pane.model.trim() || "—"}</span>
          {" · "}
          <span className="text-muted-foreground">
            {t("compare.vendorShort", { vendor: pane.vendor.trim() || t("compare.vendorNone") })}
          </span>
        </span>
        <span className="text-muted-foreground ml-auto shrink-0 group-open:hidden">
          {t("compare.editSetup")}
        </span>
      </summary>
      <fieldset className="grid gap-2.5 border-t p-2.5" disabled={disabled}>
        <legend className="sr-only">{t("compare.setupLegend")}</legend>
        <div className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)] gap-2">
          <div className="grid content-start gap-1.5">
            <Label htmlFor={`${id}-api`}>{t("compare.api")}</Label>
            <select
              id={`${id}-api`}
              value={pane.api}
              onChange={(e) => setApi(e.target.value as PaneApi)}
              className="bg-background dark:bg-input/30 h-9 w-full min-w-0 truncate rounded-md border px-2 text-sm"
              data-testid="pane-api"
            >
              {paneApis.map((api) => (
                <option key={api} value={api}>
                  {t(apiLabels[api])}
                </option>
              ))}
            </select>
          </div>
          <div className="grid content-start gap-1.5">
            <Label htmlFor={`${id}-vendor`}>{t("chat.vendorLabel")}</Label>
            <Input
              id={`${id}-vendor`}
              list={`${id}-vendors`}
              value={pane.vendor}
              onChange={(e) => update(pane.id, { vendor: e.target.value })}
              placeholder={t("compare.vendorPlaceholder")}
              autoComplete="off"
              spellCheck={false}
              className="font-mono"
              data-testid="pane-vendor"
            />
            <VendorSuggestions id={`${id}-vendors`} />
          </div>
        </div>
        <ChatModelsPicker
          value={pane.model}
          onChange={(model) => update(pane.id, { model })}
          groupOrder={pane.api === "messages" ? messagesGroupOrder : undefined}
          testId="pane-model"
        />
      </fieldset>
    </details>
  );
});
