"use client";

import { useId } from "react";
import { useEvalStore } from "@/lib/evaluate/store";
import { type Grader, type GraderKind, graderKinds } from "@/lib/evaluate/types";
import { useT } from "@/lib/i18n/provider";
import { AddButton } from "./add-button";
import { RemoveButton } from "./remove-button";

const field =
  "border-input dark:bg-input/30 h-8 min-w-0 rounded-md border bg-transparent px-2 text-base md:text-xs";
const needsValue: ReadonlySet<GraderKind> = new Set([
  "contains",
  "not-contains",
  "equals",
  "regex",
  "json-schema",
  "rubric",
]);

/** The checks every reply goes through; a cell passes when every grader passes. */
export function GradersEditor({ disabled }: { disabled: boolean }) {
  const t = useT();
  const id = useId();
  const graders = useEvalStore((s) => s.run.graders);
  const setGraders = useEvalStore((s) => s.setGraders);
  const update = (index: number, patch: Partial<Grader>) =>
    setGraders(graders.map((g, i) => (i === index ? { ...g, ...patch } : g)));

  return (
    <section aria-labelledby={`${id}-title`} className="grid content-start gap-2" data-testid="eval-graders">
      <h2 id={`${id}-title`} className="text-sm font-semibold">
        {t("evaluate.gradersTitle")}
      </h2>
      <p className="text-muted-foreground text-xs">
        {t("evaluate.gradersHint")} {t("evaluate.graderValueHint")}
      </p>
      <fieldset className="grid gap-1.5" disabled={disabled}>
        <legend className="sr-only">{t("evaluate.gradersTitle")}</legend>
        {graders.map((grader, index) => {
          const n = index + 1;
          const label = (key: "graderKind" | "graderValue" | "graderMin" | "graderMax" | "graderModel") =>
            `${t(`evaluate.${key}`)} ${n}`;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: graders have no ids; their order is their identity.
            <div key={index} className="flex flex-wrap items-center gap-1.5" data-testid="eval-grader">
              <select
                aria-label={label("graderKind")}
                value={grader.kind}
                onChange={(e) => update(index, { kind: e.target.value as GraderKind })}
                className={field}
                data-testid="eval-grader-kind"
              >
                {graderKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`evaluate.grader.${kind}`)}
                  </option>
                ))}
              </select>
              {needsValue.has(grader.kind) && (
                <input
                  aria-label={label("graderValue")}
                  value={grader.value ?? ""}
                  onChange={(e) => update(index, { value: e.target.value })}
                  className={`${field} min-w-32 flex-1 font-mono`}
                  data-testid="eval-grader-value"
                />
              )}
              {(grader.kind === "length" || grader.kind === "rubric") && (
                <>
                  <input
                    type="number"
                    aria-label={label("graderMin")}
                    placeholder={t("evaluate.graderMin")}
                    value={grader.min ?? ""}
                    onChange={(e) =>
                      update(index, { min: e.target.value === "" ? undefined : Number(e.target.value) })
                    }
                    className={`${field} w-20`}
                    data-testid="eval-grader-min"
                  />
                  {grader.kind === "length" && (
                    <input
                      type="number"
                      aria-label={label("graderMax")}
                      placeholder={t("evaluate.graderMax")}
                      value={grader.max ?? ""}
                      onChange={(e) =>
                        update(index, { max: e.target.value === "" ? undefined : Number(e.target.value) })
                      }
                      className={`${field} w-20`}
                      data-testid="eval-grader-max"
                    />
                  )}
                </>
              )}
              {grader.kind === "rubric" && (
                <input
                  aria-label={label("graderModel")}
                  placeholder={t("evaluate.graderModel")}
                  value={grader.model ?? ""}
                  onChange={(e) => update(index, { model: e.target.value })}
                  className={`${field} w-40 font-mono`}
                  data-testid="eval-grader-model"
                />
              )}
              <RemoveButton
                label={t("evaluate.removeGrader", { n })}
                onClick={() => setGraders(graders.filter((_, i) => i !== index))}
                data-testid="eval-grader-remove"
              />
            </div>
          );
        })}
        <AddButton
          onClick={() => setGraders([...graders, { kind: "contains", value: "" }])}
          data-testid="eval-add-grader"
        >
          {t("evaluate.addGrader")}
        </AddButton>
      </fieldset>
    </section>
  );
}
