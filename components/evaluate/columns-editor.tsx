"use client";

import { useId } from "react";
import { lazyDialog } from "@/components/shared/lazy-dialog";
import { useEvalStore } from "@/lib/evaluate/store";
import { useT } from "@/lib/i18n/provider";
import { RemoveButton } from "./remove-button";

// The add form carries the model picker, the /v1/models query and the prompt library: after load.
const ColumnForm = lazyDialog(() => import("./column-form").then((m) => m.ColumnForm));

/** What the cases run against: one column per model (and vendor) or prompt version. */
export function ColumnsEditor({ disabled }: { disabled: boolean }) {
  const t = useT();
  const id = useId();
  const columns = useEvalStore((s) => s.run.columns);
  const addColumn = useEvalStore((s) => s.addColumn);
  const removeColumn = useEvalStore((s) => s.removeColumn);
  return (
    <section aria-labelledby={`${id}-title`} className="grid content-start gap-2" data-testid="eval-columns">
      <h2 id={`${id}-title`} className="text-sm font-semibold">
        {t("evaluate.columnsTitle")}
      </h2>
      <p className="text-muted-foreground text-xs">{t("evaluate.columnsHint")}</p>
      <ol className="grid gap-1.5">
        {columns.map((column, index) => (
          <li
            key={column.id}
            className="flex min-w-0 items-center gap-2 rounded-md border px-2.5 py-1.5 text-xs"
            data-testid="eval-column"
          >
            <span className="text-muted-foreground shrink-0">{t("evaluate.column", { n: index + 1 })}</span>
            <span className="min-w-0 flex-1 truncate font-mono" title={column.label}>
              {column.label}
            </span>
            <span className="text-muted-foreground shrink-0">
              {column.api === "messages" ? t("evaluate.apiMessages") : t("evaluate.apiChat")}
            </span>
            <RemoveButton
              label={t("evaluate.removeColumn", { label: column.label })}
              disabled={disabled}
              onClick={() => removeColumn(column.id)}
              data-testid="eval-column-remove"
            />
          </li>
        ))}
      </ol>
      <ColumnForm disabled={disabled} onAdd={(column) => addColumn({ id: crypto.randomUUID(), ...column })} />
    </section>
  );
}
