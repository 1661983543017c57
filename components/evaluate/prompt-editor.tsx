"use client";

import { useId, useMemo } from "react";
import { lazyDialog } from "@/components/shared/lazy-dialog";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { useEvalStore } from "@/lib/evaluate/store";
import type { PromptSetup } from "@/lib/evaluate/types";
import { useT } from "@/lib/i18n/provider";
import { toolNames } from "@/lib/prompts/tool-names";
import { listVariables } from "@/lib/prompts/variables";
import { AddButton } from "./add-button";
import { RemoveButton } from "./remove-button";

// The saved prompt list reads IndexedDB (idb and the prompt schema): not needed for the first paint.
const SavedPromptPicker = lazyDialog(() => import("./saved-prompt-picker").then((m) => m.SavedPromptPicker));

type Message = PromptSetup["messages"][number];

/** The run's base prompt: system and messages with `{{variables}}`, or a saved prompt version. */
export function PromptEditor({ disabled }: { disabled: boolean }) {
  const t = useT();
  const id = useId();
  const prompt = useEvalStore((s) => s.run.prompt);
  const setPrompt = useEvalStore((s) => s.setPrompt);
  const variables = useMemo(() => listVariables(prompt), [prompt]);

  const setMessage = (index: number, patch: Partial<Message>) =>
    setPrompt({
      ...prompt,
      messages: prompt.messages.map((m, i) => (i === index ? { ...m, ...patch } : m)),
    });
  const addMessage = () => {
    const last = prompt.messages.at(-1);
    const role = last?.role === "user" ? "assistant" : "user";
    setPrompt({ ...prompt, messages: [...prompt.messages, { role, content: "" }] });
  };
  const removeMessage = (index: number) =>
    setPrompt({ ...prompt, messages: prompt.messages.filter((_, i) => i !== index) });

  return (
    <section aria-labelledby={`${id}-title`} className="grid content-start gap-3" data-testid="eval-prompt">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <h2 id={`${id}-title`} className="text-sm font-semibold">
          {t("evaluate.promptTitle")}
        </h2>
        <SavedPromptPicker disabled={disabled} />
      </div>
      <p className="text-muted-foreground text-xs">{t("evaluate.promptHint")}</p>
      {prompt.tools?.length ? (
        <p className="text-xs break-words" data-testid="eval-prompt-tools">
          {t("evaluate.promptTools", { names: toolNames(prompt).join(", ") })}
        </p>
      ) : null}
      <fieldset className="grid gap-3" disabled={disabled}>
        <div className="grid gap-1.5">
          <Label htmlFor={`${id}-system`}>{t("evaluate.system")}</Label>
          <Textarea
            id={`${id}-system`}
            value={prompt.system}
            onChange={(e) => setPrompt({ ...prompt, system: e.target.value })}
            placeholder={t("evaluate.systemPlaceholder")}
            className="max-h-48 min-h-12 font-mono text-xs md:text-xs"
            data-testid="eval-system"
          />
        </div>
        {prompt.messages.map((message, index) => {
          const n = index + 1;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: messages have no ids; their order is their identity.
            <div key={index} className="grid gap-1.5" data-testid="eval-message">
              <div className="flex items-center gap-2">
                <Label htmlFor={`${id}-m${index}`}>{t("evaluate.message", { n })}</Label>
                <select
                  aria-label={t("evaluate.message", { n })}
                  value={message.role}
                  onChange={(e) => setMessage(index, { role: e.target.value as Message["role"] })}
                  className="bg-background dark:bg-input/30 h-7 rounded-md border px-1.5 text-xs"
                  data-testid="eval-message-role"
                >
                  <option value="user">{t("evaluate.roleUser")}</option>
                  <option value="assistant">{t("evaluate.roleAssistant")}</option>
                </select>
                {prompt.messages.length > 1 && (
                  <RemoveButton
                    label={t("evaluate.removeMessage", { n })}
                    className="ml-auto"
                    onClick={() => removeMessage(index)}
                    data-testid="eval-message-remove"
                  />
                )}
              </div>
              <Textarea
                id={`${id}-m${index}`}
                value={message.content}
                onChange={(e) => setMessage(index, { content: e.target.value })}
                placeholder={t("evaluate.messagePlaceholder")}
                className="max-h-64 font-mono text-xs md:text-xs"
                data-testid="eval-message-content"
              />
            </div>
          );
        })}
        <AddButton onClick={addMessage} data-testid="eval-add-message">
          {t("evaluate.addMessage")}
        </AddButton>
      </fieldset>
      <div className="flex flex-wrap items-center gap-1.5 text-xs" data-testid="eval-variables">
        <span className="text-muted-foreground">{t("evaluate.variables")}:</span>
        {variables.length === 0 ? (
          <span className="text-muted-foreground">{t("evaluate.noVariables")}</span>
        ) : (
          variables.map((name) => (
            <code key={name} className="bg-muted rounded px-1.5 py-0.5" data-testid="eval-variable">
              {name}
            </code>
          ))
        )}
      </div>
    </section>
  );
}
