"use client";

import { useId, useState } from "react";
import { SelectField } from "@/components/shared/select-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useT } from "@/lib/i18n/provider";
import { useImageFormStore } from "@/lib/images/form-store";
import { isSizeAllowed, isWellFormedSize, normaliseSize, rulesFor } from "@/lib/images/model-rules";

const CUSTOM = "custom";

/**
 * The chosen model's sizes, plus a typed WxH. Known models get a warning, not a block, for other sizes:
 * a gateway channel may take more than the reference model does, and its answer is what the user wants to see.
 */
export function SizeField() {
  const t = useT();
  const id = useId();
  const model = useImageFormStore((s) => s.params.model);
  const size = useImageFormStore((s) => s.params.size);
  const set = useImageFormStore((s) => s.set);
  const rules = rulesFor(model);
  const [customOpen, setCustomOpen] = useState(false);
  const custom = customOpen || !rules.sizes.includes(size);
  const [draft, setDraft] = useState(size);
  const malformed = custom && !isWellFormedSize(size);
  const unusual = custom && !malformed && !isSizeAllowed(model, size);
  // The store may change under us (reuse settings, rehydration): show its size unless the draft means it.
  const shown = normaliseSize(draft) === size ? draft : size;

  const options = rules.sizes.map((s) => ({ value: s, label: s === "auto" ? t("images.values.auto") : s }));
  options.push({ value: CUSTOM, label: t("images.form.sizeCustom") });

  return (
    <div className="grid min-w-0 content-start gap-1.5">
      <SelectField
        label={t("images.form.sizeLabel")}
        value={custom ? CUSTOM : size}
        options={options}
        onChange={(value) => {
          setCustomOpen(value === CUSTOM);
          if (value !== CUSTOM) set({ size: value });
          else setDraft(size === "auto" ? "" : size);
        }}
        testId="images-size"
      />
      {custom && (
        <>
          <Label htmlFor={id} className="sr-only">
            {t("images.form.customSizeLabel")}
          </Label>
          <Input
            id={id}
            value={shown}
            placeholder="1024x768"
            aria-invalid={malformed}
            aria-describedby={`${id}-note`}
            onChange={(e) => {
              setDraft(e.target.value);
              set({ size: normaliseSize(e.target.value) });
            }}
            autoComplete="off"
            spellCheck={false}
            className="font-mono"
            data-testid="images-size-custom"
          />
          {(malformed || unusual) && (
            <p
              id={`${id}-note`}
              className={malformed ? "text-destructive text-xs" : "text-muted-foreground text-xs"}
            >
              {malformed
                ? t("images.form.customSizeInvalid")
                : t("images.form.customSizeWarning", { model, sizes: rules.sizes.join(", ") })}
            </p>
          )}
        </>
      )}
    </div>
  );
}
