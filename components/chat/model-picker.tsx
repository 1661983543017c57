"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useId } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useT } from "@/lib/i18n/provider";
import { modelsQueryOptions, preferredChatModel } from "@/lib/queries/models";
import { useChatConfigStore } from "@/lib/stores/chat-config";

export function ModelPicker() {
  const t = useT();
  const id = useId();
  const model = useChatConfigStore((s) => s.model);
  const setModel = useChatConfigStore((s) => s.setModel);
  const models = useQuery(modelsQueryOptions());

  // Suggest a model once the list is known, unless the user already chose one.
  useEffect(() => {
    const list = models.data;
    if (!list?.length || useChatConfigStore.getState().model) return;
    const preferred = list.find((m) => m.id === preferredChatModel) ?? list[0];
    if (preferred) setModel(preferred.id);
  }, [models.data, setModel]);

  const status = models.isPending
    ? t("chat.modelsLoading")
    : models.isError
      ? t("chat.modelsFailed")
      : t("chat.modelsCount", { count: models.data.length });

  return (
    <div className="grid min-w-0 content-start gap-1.5">
      <Label htmlFor={id}>{t("chat.modelLabel")}</Label>
      <Input
        id={id}
        list={`${id}-list`}
        value={model}
        onChange={(e) => setModel(e.target.value)}
        placeholder={t("chat.modelPlaceholder")}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${id}-status`}
        className="font-mono"
        data-testid="chat-model-input"
      />
      <datalist id={`${id}-list`}>
        {models.data?.map((m) => (
          <option key={m.id} value={m.id} />
        ))}
      </datalist>
      <p id={`${id}-status`} className="text-muted-foreground text-xs" data-testid="chat-models-status">
        {status}
      </p>
    </div>
  );
}
