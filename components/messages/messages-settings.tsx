"use client";

import { useQuery } from "@tanstack/react-query";
import { SlidersHorizontalIcon } from "lucide-react";
import { useEffect, useState } from "react";
import { ModelPicker } from "@/components/shared/model-picker/model-picker";
import { useVendorSuggestions } from "@/components/shared/vendor-suggestions";
import { Textarea } from "@/components/ui/textarea";
import { useT } from "@/lib/i18n/provider";
import { DEFAULT_MESSAGES_MODEL, useMessagesConfigStore } from "@/lib/messages/config-store";
import { messagesGroupOrder } from "@/lib/messages/models";
import { ANTHROPIC_VERSIONS } from "@/lib/messages/request";
import { modelsQueryOptions } from "@/lib/queries/models";
import { Field, TextField, Toggle } from "./field";
import { MessagesSamplingFields } from "./sampling-fields";

/** Everything the next request is built from, each setting labelled with the field it is sent as. */
export function MessagesSettings() {
  const t = useT();
  const form = useMessagesConfigStore((s) => s.form);
  const set = useMessagesConfigStore((s) => s.set);
  const models = useQuery(modelsQueryOptions());
  const vendors = useVendorSuggestions();
  const status = models.isPending
    ? t("messages.modelsLoading")
    : models.isError
      ? t("messages.modelsFailed")
      : t("messages.modelsCount", { count: models.data.length });
  const [open, setOpen] = useState(false);
  // Open beside the conversation on wide screens; folded above it on narrower screens, where it would fill the column.
  useEffect(() => setOpen(window.matchMedia("(min-width: 80rem)").matches), []);
  return (
    <details
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      className="group @container rounded-lg border"
      data-testid="messages-settings"
    >
      <summary className="flex cursor-pointer list-none items-center gap-2 px-3 py-2 text-sm font-medium select-none">
        <SlidersHorizontalIcon className="size-4" aria-hidden />
        {t("messages.settings")}
        <code className="text-muted-foreground ml-auto truncate font-mono text-xs font-normal">
          {form.model || DEFAULT_MESSAGES_MODEL}
        </code>
      </summary>
      <div className="grid gap-4 border-t p-3">
        <div className="grid gap-3 @md:grid-cols-[minmax(0,1fr)_9rem]">
          <ModelPicker
            label={t("messages.modelLabel")}
            value={form.model}
            onChange={(model) => set({ model })}
            models={models.data ?? []}
            groupOrder={messagesGroupOrder}
            placeholder={DEFAULT_MESSAGES_MODEL}
            status={status}
            testId="messages-model"
          />
          <TextField
            label={t("messages.maxTokens")}
            wire="max_tokens"
            value={form.maxTokens}
            onChange={(maxTokens) => set({ maxTokens })}
            numeric
            testId="messages-max-tokens"
          />
        </div>
        <Field label={t("messages.systemLabel")} wire="system">
          {(id) => (
            <div className="grid gap-1.5">
              <Textarea
                id={id}
                rows={2}
                value={form.system}
                onChange={(e) => set({ system: e.target.value })}
                placeholder={t("messages.systemPlaceholder")}
                className="max-h-40 min-h-9"
                data-testid="messages-system"
              />
              <Toggle
                label={t("messages.cacheSystem")}
                checked={form.cacheSystem}
                onChange={(cacheSystem) => set({ cacheSystem })}
                testId="messages-cache-system"
              />
            </div>
          )}
        </Field>
        <MessagesSamplingFields form={form} set={set} />
        <fieldset className="grid gap-3 @xl:grid-cols-3">
          <legend className="text-muted-foreground mb-2 text-xs font-medium tracking-wide uppercase">
            {t("messages.headers")}
          </legend>
          <TextField
            label={t("messages.anthropicVersion")}
            wire="anthropic-version"
            value={form.anthropicVersion}
            onChange={(anthropicVersion) => set({ anthropicVersion })}
            list={[...ANTHROPIC_VERSIONS]}
            testId="messages-anthropic-version"
          />
          <TextField
            label={t("messages.vendor")}
            wire="vendor"
            value={form.vendor}
            onChange={(vendor) => set({ vendor })}
            list={vendors}
            help={t("messages.vendorHelp")}
            testId="messages-vendor"
          />
          <TextField
            label={t("messages.anthropicBeta")}
            wire="anthropic-beta"
            value={form.anthropicBeta}
            onChange={(anthropicBeta) => set({ anthropicBeta })}
            placeholder={t("messages.betaPlaceholder")}
            testId="messages-anthropic-beta"
          />
        </fieldset>
      </div>
    </details>
  );
}
