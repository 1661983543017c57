"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { SelectField } from "@/components/shared/select-field";
import { useT } from "@/lib/i18n/provider";
import { useImageFormStore } from "@/lib/images/form-store";
import { fallbackImageModels, imageModelsQueryOptions, preferredImageModel } from "@/lib/images/queries";

/** Image-capable models from the gateway's list; the known three when the list cannot be had. */
export function ModelField() {
  const t = useT();
  const model = useImageFormStore((s) => s.params.model);
  const setModel = useImageFormStore((s) => s.setModel);
  const models = useQuery(imageModelsQueryOptions());
  const list = models.data?.length ? models.data : models.isError ? fallbackImageModels : [];

  // Suggest a model once the list is known, unless one is already chosen (or restored).
  useEffect(() => {
    if (!list.length || useImageFormStore.getState().params.model) return;
    setModel(list.includes(preferredImageModel) ? preferredImageModel : (list[0] ?? preferredImageModel));
  }, [list, setModel]);

  const ids = model && !list.includes(model) ? [model, ...list] : list;
  const help = models.isPending
    ? t("images.form.modelsLoading")
    : models.isError
      ? t("images.form.modelsFailed")
      : t("images.form.modelsCount", { count: models.data.length });

  return (
    <SelectField
      label={t("images.form.modelLabel")}
      value={model}
      options={ids.map((id) => ({ value: id, label: id }))}
      onChange={setModel}
      testId="images-model"
      help={help}
      className="[&_select]:font-mono"
    />
  );
}
