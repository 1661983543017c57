"use client";

import { ParamsEditor, paramsEditing } from "@/components/chat/params-editor";
import { TextField, Toggle } from "@/components/messages/field";
import { MessagesSamplingFields } from "@/components/messages/sampling-fields";
import { Textarea } from "@/components/ui/textarea";
import type { PaneSetup } from "@/lib/compare/setup";
import { useCompareStore } from "@/lib/compare/store";
import { useT } from "@/lib/i18n/provider";
import { ANTHROPIC_VERSIONS } from "@/lib/messages/request";

/** The fields of a pane's folded parameters: its own system prompt, then its API's parameters. */
export function PaneParamsFields({ pane, disabled }: { pane: PaneSetup; disabled: boolean }) {
  const t = useT();
  const { setChatParams, setMessagesParams, updatePane } = useCompareStore.getState();
  const shared = useCompareStore((s) => s.system);
  const setMessages = (patch: Partial<PaneSetup["messages"]>) =>
    setMessagesParams(pane.id, { ...pane.messages, ...patch });
  return (
    <fieldset className="grid gap-2.5 border-t p-2.5" disabled={disabled}>
      <legend className="sr-only">{t("compare.paramsSummary")}</legend>
      <Toggle
        label={t("compare.ownSystem")}
        checked={pane.system !== null}
        onChange={(own) => updatePane(pane.id, { system: own ? shared : null })}
        testId="pane-own-system"
      />
      {pane.system !== null && (
        <Textarea
          aria-label={t("compare.ownSystemLabel")}
          value={pane.system}
          onChange={(e) => updatePane(pane.id, { system: e.target.value })}
          rows={2}
          className="max-h-40 min-h-14 text-sm"
          data-testid="pane-system"
        />
      )}
      {pane.api === "chat-completions" ? (
        <ParamsEditor {...paramsEditing(pane.chat, (params) => setChatParams(pane.id, params))} />
      ) : (
        <>
          <TextField
            label={t("messages.maxTokens")}
            wire="max_tokens"
            value={pane.messages.maxTokens}
            onChange={(maxTokens) => setMessages({ maxTokens })}
            numeric
            testId="messages-max-tokens"
          />
          <MessagesSamplingFields form={pane.messages} set={setMessages} />
          <TextField
            label={t("messages.anthropicVersion")}
            wire="anthropic-version"
            value={pane.messages.anthropicVersion}
            onChange={(anthropicVersion) => setMessages({ anthropicVersion })}
            list={[...ANTHROPIC_VERSIONS]}
            testId="messages-anthropic-version"
          />
          <Toggle
            label={t("messages.cacheSystem")}
            checked={pane.messages.cacheSystem}
            onChange={(cacheSystem) => setMessages({ cacheSystem })}
            testId="messages-cache-system"
          />
        </>
      )}
    </fieldset>
  );
}
