"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { ModelPicker } from "@/components/shared/model-picker/model-picker";
import { useChatConfigStore } from "@/lib/chat/config-store";
import { useT } from "@/lib/i18n/provider";
import { modelsQueryOptions, preferredChatModel } from "@/lib/queries/models";

/** The model field of the chat tab: chat-capable models from /v1/models, any id allowed. */
export function ChatModelPicker() {
  const t = useT();
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
    <ModelPicker
      label={t("chat.modelLabel")}
      value={model}
      onChange={setModel}
      models={models.data ?? []}
      placeholder={t("chat.modelPlaceholder")}
      status={status}
      testId="chat-model"
    />
  );
}
