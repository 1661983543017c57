"use client";

import { useId, useState } from "react";
import { ChatModelsPicker } from "@/components/shared/model-picker/chat-models-picker";
import { VendorSuggestions } from "@/components/shared/vendor-suggestions";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { EvalColumn } from "@/lib/evaluate/types";
import { useT } from "@/lib/i18n/provider";
import { messagesGroupOrder } from "@/lib/messages/models";
import { DEFAULT_MESSAGES_VENDOR } from "@/lib/messages/request";
import { AddButton } from "./add-button";
import { PromptVersionSelect, type VersionRef } from "./prompt-version-select";

type Api = EvalColumn["api"];

/** The form that adds a column: API, model and vendor as in compare, optionally a saved prompt version. */
export function ColumnForm({
  onAdd,
  disabled,
}: {
  onAdd: (column: Omit<EvalColumn, "id">) => void;
  disabled: boolean;
}) {
  const t = useT();
  const id = useId();
  const [api, setApi] = useState<Api>("chat");
  const [model, setModel] = useState("");
  const [vendor, setVendor] = useState("");
  const [version, setVersion] = useState<{ ref: VersionRef; name: string } | undefined>();

  function changeApi(next: Api) {
    setApi(next);
    // The Messages tab's default vendor goes with the Messages API, as in compare.
    if (next === "messages" && vendor === "") setVendor(DEFAULT_MESSAGES_VENDOR);
    if (next === "chat" && vendor === DEFAULT_MESSAGES_VENDOR) setVendor("");
  }

  function add() {
    const name = model.trim();
    if (!name) return;
    const v = vendor.trim();
    const label = [version ? `${version.name} v${version.ref.n}` : "", name, v].filter(Boolean).join(" · ");
    onAdd({
      label,
      api,
      model: name,
      ...(v ? { vendor: v } : {}),
      ...(version ? { prompt: version.ref } : {}),
    });
  }

  return (
    <fieldset
      className="grid gap-2.5 rounded-md border p-2.5"
      disabled={disabled}
      data-testid="eval-column-form"
    >
      <legend className="px-1 text-xs font-medium">{t("evaluate.addColumn")}</legend>
      <div className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)] gap-2">
        <div className="grid content-start gap-1.5">
          <Label htmlFor={`${id}-api`}>{t("evaluate.api")}</Label>
          <select
            id={`${id}-api`}
            value={api}
            onChange={(e) => changeApi(e.target.value as Api)}
            className="bg-background dark:bg-input/30 h-9 w-full min-w-0 rounded-md border px-2 text-sm"
            data-testid="eval-column-api"
          >
            <option value="chat">{t("evaluate.apiChat")}</option>
            <option value="messages">{t("evaluate.apiMessages")}</option>
          </select>
        </div>
        <div className="grid content-start gap-1.5">
          <Label htmlFor={`${id}-vendor`}>{t("evaluate.vendor")}</Label>
          <Input
            id={`${id}-vendor`}
            list={`${id}-vendors`}
            value={vendor}
            onChange={(e) => setVendor(e.target.value)}
            placeholder={t("evaluate.vendorPlaceholder")}
            autoComplete="off"
            spellCheck={false}
            className="font-mono"
            data-testid="eval-column-vendor"
          />
          <VendorSuggestions id={`${id}-vendors`} />
        </div>
      </div>
      <ChatModelsPicker
        value={model}
        onChange={setModel}
        groupOrder={api === "messages" ? messagesGroupOrder : undefined}
        testId="eval-column-model"
      />
      <PromptVersionSelect
        label={t("evaluate.promptVersion")}
        noneLabel={t("evaluate.promptVersionBase")}
        value={version?.ref}
        testId="eval-column-prompt"
        onChange={(ref, found) => {
          setVersion(ref && found ? { ref, name: found.prompt.name } : undefined);
          if (!found) return;
          const setup = found.version.setup;
          setApi(setup.api);
          setModel(setup.model);
          setVendor(setup.vendor ?? "");
        }}
      />
      <AddButton variant="default" onClick={add} disabled={!model.trim()} data-testid="eval-column-add">
        {t("evaluate.addColumn")}
      </AddButton>
    </fieldset>
  );
}
