"use client";

import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { SelectField } from "@/components/shared/select-field";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useT } from "@/lib/i18n/provider";
import { lastPromptId, type PromptTab, rememberPromptId } from "@/lib/prompts/last-prompt";
import { promptsQueryOptions, useSavePrompt } from "@/lib/prompts/queries";
import type { PromptSetup } from "@/lib/prompts/schema";
import { errorMessage, isInvalidSetup } from "./error-message";

interface Props {
  tab: PromptTab;
  getSetup: () => Promise<PromptSetup>;
  onOpenChange: (open: boolean) => void;
  onOpenLibrary: () => void;
}

const NEW = "";

const isEmpty = (s: PromptSetup) => !s.system.trim() && s.messages.every((m) => !m.content.trim());

/** Names the tab's setup and saves it as a new prompt or a new version of one already saved. */
export function SavePromptDialog({ tab, getSetup, onOpenChange, onOpenLibrary }: Props) {
  const t = useT();
  const nameId = useId();
  const prompts = useQuery(promptsQueryOptions());
  const [target, setTarget] = useState<string | undefined>(undefined);
  const [name, setName] = useState<string | undefined>(undefined);
  const [nameMissing, setNameMissing] = useState(false);
  const [empty, setEmpty] = useState(false);
  const save = useSavePrompt();

  const list = prompts.data ?? [];
  // Until the user picks: the prompt this tab's setup came from, when it is still in the library.
  const remembered = lastPromptId(tab);
  const chosen = target ?? (list.some((p) => p.id === remembered) ? (remembered ?? NEW) : NEW);
  const existing = list.find((p) => p.id === chosen);
  const shownName = name ?? existing?.name ?? "";

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const title = shownName.trim();
    setNameMissing(!title);
    if (!title) return;
    const setup = await getSetup();
    setEmpty(isEmpty(setup));
    if (isEmpty(setup)) return;
    save.mutate(
      { ...(existing ? { id: existing.id } : {}), name: title, setup },
      { onSuccess: (result) => rememberPromptId(tab, result.prompt.id) },
    );
  }

  const result = save.data;
  return (
    <Dialog open onOpenChange={onOpenChange}>
      <DialogContent closeLabel={t("settings.close")} data-testid="prompt-save-dialog">
        <DialogHeader>
          <DialogTitle>{t("prompts.saveTitle")}</DialogTitle>
          <DialogDescription>{t("prompts.saveDescription")}</DialogDescription>
        </DialogHeader>
        <form className="flex flex-col gap-3" onSubmit={(e) => void submit(e)}>
          <SelectField
            label={t("prompts.saveTarget")}
            value={chosen}
            onChange={(value) => {
              setTarget(value);
              setName(undefined);
              save.reset();
            }}
            options={[
              { value: NEW, label: t("prompts.saveNew") },
              ...list.map((p) => ({ value: p.id, label: t("prompts.saveVersionOf", { name: p.name }) })),
            ]}
            testId="prompt-save-target"
          />
          <div className="grid gap-1.5">
            <Label htmlFor={nameId}>{t("prompts.name")}</Label>
            <Input
              id={nameId}
              value={shownName}
              maxLength={120}
              placeholder={t("prompts.namePlaceholder")}
              aria-invalid={nameMissing || undefined}
              aria-describedby={nameMissing ? `${nameId}-error` : undefined}
              onChange={(e) => {
                setName(e.target.value);
                setNameMissing(false);
              }}
              data-testid="prompt-save-name"
            />
            {nameMissing && (
              <p id={`${nameId}-error`} className="text-destructive text-sm">
                {t("prompts.nameRequired")}
              </p>
            )}
          </div>
          <Button
            type="submit"
            className="self-start"
            disabled={save.isPending}
            data-testid="prompt-save-submit"
          >
            {save.isPending ? t("prompts.saving") : t("prompts.saveButton")}
          </Button>
        </form>
        <div role="status" className="text-sm empty:hidden" data-testid="prompt-save-status">
          {empty && t("prompts.emptySetup")}
          {result &&
            t(result.changed ? "prompts.savedVersion" : "prompts.unchanged", {
              n: result.n,
              name: result.prompt.name,
            })}
        </div>
        {save.error && (
          <p role="alert" className="text-destructive text-sm" data-testid="prompt-save-error">
            {t(isInvalidSetup(save.error) ? "prompts.saveInvalid" : "prompts.saveFailed", {
              message: errorMessage(save.error),
            })}
          </p>
        )}
        {result && (
          <Button
            variant="outline"
            size="sm"
            className="justify-self-start"
            onClick={onOpenLibrary}
            data-testid="prompt-save-library"
          >
            {t("prompts.openLibrary")}
          </Button>
        )}
      </DialogContent>
    </Dialog>
  );
}
