"use client";

import { SelectField } from "@/components/shared/select-field";
import { useFormat, useT } from "@/lib/i18n/provider";
import { useVideoDraftStore } from "@/lib/videos/draft-store";
import { pickSize, secondsChoices, sizesFor } from "@/lib/videos/request";

/** Duration and size, limited to what the chosen model accepts. */
export function VideoChoiceFields() {
  const t = useT();
  const format = useFormat();
  const model = useVideoDraftStore((s) => s.model);
  const seconds = useVideoDraftStore((s) => s.seconds);
  const size = useVideoDraftStore((s) => s.size);
  const update = useVideoDraftStore((s) => s.update);
  const sizes = sizesFor(model);

  const sizeLabel = (value: string) => {
    const [w, h] = value.split("x").map(Number);
    return t((h ?? 0) > (w ?? 0) ? "videos.form.sizePortrait" : "videos.form.sizeLandscape", { size: value });
  };

  return (
    <>
      <SelectField
        label={t("videos.form.secondsLabel")}
        value={seconds}
        options={secondsChoices.map((s) => ({
          value: s,
          label: format.seconds(Number(s)),
        }))}
        onChange={(value) => update({ seconds: value })}
        testId="videos-seconds"
      />
      <SelectField
        label={t("videos.form.sizeLabel")}
        value={pickSize(model, size)}
        options={sizes.map((s) => ({ value: s, label: sizeLabel(s) }))}
        onChange={(value) => update({ size: value })}
        testId="videos-size"
      />
    </>
  );
}
