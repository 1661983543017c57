"use client";

import { useId } from "react";
import { SelectField } from "@/components/shared/select-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { type MessageKey, useT } from "@/lib/i18n/provider";
import { useImageFormStore } from "@/lib/images/form-store";
import { rulesFor } from "@/lib/images/model-rules";
import { useSettingsStore } from "@/lib/settings/store";
import { ModelField } from "./model-field";
import { SizeField } from "./size-field";

const valueKeys: Record<string, MessageKey> = {
  auto: "images.values.auto",
  standard: "images.values.standard",
  hd: "images.values.hd",
  vivid: "images.values.vivid",
  natural: "images.values.natural",
  low: "images.values.low",
  medium: "images.values.medium",
  high: "images.values.high",
  transparent: "images.values.transparent",
  opaque: "images.values.opaque",
};

/** Model, size and the parameters the chosen model takes; the others are not shown (nor sent). */
export function FormOptions() {
  const t = useT();
  const vendorId = useId();
  const params = useImageFormStore((s) => s.params);
  const set = useImageFormStore((s) => s.set);
  const defaultVendor = useSettingsStore((s) => s.vendor);
  const rules = rulesFor(params.model);
  const label = (value: string) => {
    const key = valueKeys[value];
    return key ? t(key) : value.toUpperCase();
  };
  const options = (values: readonly string[]) => values.map((value) => ({ value, label: label(value) }));
  const counts = Array.from({ length: rules.maxN }, (_, i) => String(i + 1));

  return (
    <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
      <ModelField />
      <SizeField />
      <SelectField
        label={t("images.form.nLabel")}
        value={String(params.n)}
        options={counts.map((value) => ({ value, label: value }))}
        onChange={(value) => set({ n: Number(value) })}
        testId="images-n"
        help={t("images.form.nHelp", { model: params.model || "—", max: rules.maxN })}
      />
      <SelectField
        label={t("images.form.formatLabel")}
        value={params.responseFormat}
        options={[
          { value: "b64_json", label: t("images.form.formatB64") },
          { value: "url", label: t("images.form.formatUrl") },
        ]}
        onChange={(value) => set({ responseFormat: value === "url" ? "url" : "b64_json" })}
        testId="images-format"
      />
      {rules.qualities.length > 0 && (
        <SelectField
          label={t("images.form.qualityLabel")}
          value={params.quality}
          options={options(rules.qualities)}
          onChange={(quality) => set({ quality })}
          testId="images-quality"
        />
      )}
      {rules.styles.length > 0 && (
        <SelectField
          label={t("images.form.styleLabel")}
          value={params.style}
          options={options(rules.styles)}
          onChange={(style) => set({ style })}
          testId="images-style"
        />
      )}
      {rules.backgrounds.length > 0 && (
        <SelectField
          label={t("images.form.backgroundLabel")}
          value={params.background}
          options={options(rules.backgrounds)}
          onChange={(background) => set({ background })}
          testId="images-background"
        />
      )}
      {rules.outputFormats.length > 0 && (
        <SelectField
          label={t("images.form.outputFormatLabel")}
          value={params.outputFormat}
          options={options(rules.outputFormats)}
          onChange={(outputFormat) => set({ outputFormat })}
          testId="images-output-format"
        />
      )}
      <div className="grid min-w-0 content-start gap-1.5">
        <Label htmlFor={vendorId}>{t("images.form.vendorLabel")}</Label>
        <Input
          id={vendorId}
          value={params.vendor}
          onChange={(e) => set({ vendor: e.target.value })}
          placeholder={
            defaultVendor
              ? t("images.form.vendorPlaceholder", { vendor: defaultVendor })
              : t("images.form.vendorNone")
          }
          autoComplete="off"
          spellCheck={false}
          data-testid="images-vendor"
        />
      </div>
    </div>
  );
}
