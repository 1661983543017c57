"use client";

import { Textarea } from "@/components/ui/textarea";
import { useT } from "@/lib/i18n/provider";
import type { MessagesForm } from "@/lib/messages/config-store";
import { Field, TextField, Toggle } from "./field";

type SamplingForm = Pick<
  MessagesForm,
  "temperature" | "topP" | "topK" | "stopSequences" | "thinking" | "budgetTokens" | "stream"
>;

interface Props {
  form: SamplingForm;
  set: (patch: Partial<SamplingForm>) => void;
}

/**
 * The Messages body's sampling fields (temperature, top_p, top_k, stop_sequences, thinking, stream),
 * used by the Messages tab's settings and by Messages panes on the compare tab.
 */
export function MessagesSamplingFields({ form, set }: Props) {
  const t = useT();
  const notSent = t("messages.notSent");
  return (
    <>
      <div className="grid grid-cols-3 gap-3">
        <TextField
          label={t("messages.temperature")}
          wire="temperature"
          value={form.temperature}
          onChange={(temperature) => set({ temperature })}
          placeholder={notSent}
          numeric
          testId="messages-temperature"
        />
        <TextField
          label={t("messages.topP")}
          wire="top_p"
          value={form.topP}
          onChange={(topP) => set({ topP })}
          placeholder={notSent}
          numeric
          testId="messages-top-p"
        />
        <TextField
          label={t("messages.topK")}
          wire="top_k"
          value={form.topK}
          onChange={(topK) => set({ topK })}
          placeholder={notSent}
          numeric
          testId="messages-top-k"
        />
      </div>
      <Field label={t("messages.stopSequences")} wire="stop_sequences">
        {(id) => (
          <Textarea
            id={id}
            rows={1}
            value={form.stopSequences}
            onChange={(e) => set({ stopSequences: e.target.value })}
            placeholder={notSent}
            className="min-h-9 font-mono"
            data-testid="messages-stop-sequences"
          />
        )}
      </Field>
      <div className="grid items-end gap-3 @md:grid-cols-2">
        <div className="flex flex-col gap-2">
          <Toggle
            label={t("messages.thinking")}
            wire="thinking"
            checked={form.thinking}
            onChange={(thinking) => set({ thinking })}
            testId="messages-thinking"
          />
          <Toggle
            label={t("messages.stream")}
            wire="stream"
            checked={form.stream}
            onChange={(stream) => set({ stream })}
            testId="messages-stream"
          />
        </div>
        {form.thinking && (
          <TextField
            label={t("messages.budgetTokens")}
            wire="budget_tokens"
            value={form.budgetTokens}
            onChange={(budgetTokens) => set({ budgetTokens })}
            numeric
            testId="messages-budget"
          />
        )}
      </div>
    </>
  );
}
