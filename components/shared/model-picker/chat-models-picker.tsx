"use client";

import { useQuery } from "@tanstack/react-query";
import type { ComponentProps } from "react";
import { useT } from "@/lib/i18n/provider";
import { modelsQueryOptions } from "@/lib/queries/models";
import { ModelPicker } from "./model-picker";

type Props = Pick<ComponentProps<typeof ModelPicker>, "value" | "onChange" | "groupOrder" | "testId">;

/**
 * The model field of the conversation APIs (chat, compare panes, Evaluate columns): the gateway's
 * /v1/models with its loading line, any id allowed.
 */
export function ChatModelsPicker(props: Props) {
  const t = useT();
  const models = useQuery(modelsQueryOptions());
  const status = models.isPending
    ? t("chat.modelsLoading")
    : models.isError
      ? t("chat.modelsFailed")
      : t("chat.modelsCount", { count: models.data.length });
  return (
    <ModelPicker
      {...props}
      label={t("chat.modelLabel")}
      models={models.data ?? []}
      placeholder={t("chat.modelPlaceholder")}
      status={status}
    />
  );
}
