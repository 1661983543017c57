"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { SelectField } from "@/components/shared/select-field";
import { useT } from "@/lib/i18n/provider";
import { useVideoDraftStore } from "@/lib/videos/draft-store";
import { fallbackVideoModels, preferredVideoModel, videoModelsQueryOptions } from "@/lib/videos/queries";
import { pickSize } from "@/lib/videos/request";

/** Video models from /v1/models ("openai-video"); the Sora pair when the list cannot be read. */
export function VideoModelField() {
  const t = useT();
  const model = useVideoDraftStore((s) => s.model);
  const update = useVideoDraftStore((s) => s.update);
  const models = useQuery(videoModelsQueryOptions());
  const list = models.data?.length ? models.data : models.isPending ? [] : fallbackVideoModels;

  // Suggest a model once the list is known, unless one is chosen (or reused from a job).
  useEffect(() => {
    if (!list.length || useVideoDraftStore.getState().model) return;
    const preferred = list.includes(preferredVideoModel) ? preferredVideoModel : list[0];
    if (preferred) useVideoDraftStore.getState().update({ model: preferred });
  }, [list]);

  function choose(next: string) {
    update({ model: next, size: pickSize(next, useVideoDraftStore.getState().size) });
  }

  const options = (model && !list.includes(model) ? [model, ...list] : list).map((id) => ({
    value: id,
    label: id,
  }));
  const help = models.isPending
    ? t("videos.form.modelsLoading")
    : models.isError || !models.data?.length
      ? t("videos.form.modelsFailed")
      : t("videos.form.modelsCount", { count: models.data.length });

  return (
    <SelectField
      label={t("videos.form.modelLabel")}
      value={model}
      options={options}
      onChange={choose}
      testId="videos-model"
      help={help}
    />
  );
}
