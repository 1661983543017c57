"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { ChatModelsPicker } from "@/components/shared/model-picker/chat-models-picker";
import { useChatConfigStore } from "@/lib/chat/config-store";
import { modelsQueryOptions, preferredChatModel } from "@/lib/queries/models";

/** The model field of the chat tab: chat-capable models from /v1/models, any id allowed. */
export function ChatModelPicker() {
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

  return <ChatModelsPicker value={model} onChange={setModel} testId="chat-model" />;
}
