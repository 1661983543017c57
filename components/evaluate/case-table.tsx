"use client";

import { Trash2Icon } from "lucide-react";
import { type ClipboardEvent, useCallback, useId, useMemo, useState } from "react";
import { FileImportButton } from "@/components/shared/file-import-button";
import { Button } from "@/components/ui/button";
import { MAX_IMPORT_BYTES, MAX_IMPORT_CHARS } from "@/lib/evaluate/import-limits";
import { useEvalStore } from "@/lib/evaluate/store";
import { useT } from "@/lib/i18n/provider";
import { listVariables } from "@/lib/prompts/variables";
import { AddButton } from "./add-button";
import { appendCases, blankCase, caseColumns, pasteGrid, setCell } from "./case-edits";
import { CaseRow, EXPECTED } from "./case-row";

const newId = () => crypto.randomUUID();
const current = () => useEvalStore.getState().run.cases;
const loadPaste = () => import("./case-paste");
const loadCases = () => import("@/lib/evaluate/cases");

/** The test cases: one row per case, a column per variable and one for the expected value. */
export function CaseTable({ disabled }: { disabled: boolean }) {
  const t = useT();
  const id = useId();
  const prompt = useEvalStore((s) => s.run.prompt);
  const cases = useEvalStore((s) => s.run.cases);
  const [notice, setNotice] = useState<{ text: string; error?: boolean } | null>(null);
  const variables = useMemo(() => listVariables(prompt), [prompt]);
  const names = useMemo(() => caseColumns(variables, cases), [variables, cases]);

  const setCases = useEvalStore((s) => s.setCases);
  const onChange = useCallback(
    (index: number, name: string, text: string) =>
      setCases(setCell(current(), index, name === EXPECTED ? undefined : name, text)),
    [setCases],
  );
  const onRemove = useCallback(
    (index: number) => setCases(current().filter((_, i) => i !== index)),
    [setCases],
  );
  const onPaste = useCallback(
    (index: number, name: string, event: ClipboardEvent<HTMLInputElement>) => {
      const text = event.clipboardData.getData("text/plain");
      if (!/[\t\n]/.test(text)) return;
      event.preventDefault();
      const column = name === EXPECTED ? names.length : names.indexOf(name);
      void loadPaste().then(({ parseGrid }) => {
        const grid = parseGrid(text);
        setCases(pasteGrid(current(), names, index, column, grid, newId));
        setNotice({ text: t("evaluate.pasted", { count: grid.length }) });
      });
    },
    [names, setCases, t],
  );

  const importFailed = (file: File, reason: string) =>
    setNotice({ text: t("evaluate.importFailed", { file: file.name, reason }), error: true });

  async function importFile(selected: File) {
    const { parseCases, detectFormat } = await loadCases();
    const text = await selected.text();
    const result = parseCases(text, detectFormat(text, selected.name));
    if (!result.ok) {
      const { code, line, limit, detail } = result.error;
      importFailed(
        selected,
        t(`evaluate.importError.${code}`, { line: line ?? 0, limit: limit ?? 0, detail: detail ?? "" }),
      );
      return;
    }
    setCases(appendCases(current(), result.cases));
    setNotice({ text: t("evaluate.importDone", { count: result.cases.length, file: selected.name }) });
  }

  return (
    <section aria-labelledby={`${id}-title`} className="grid gap-2" data-testid="eval-cases">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id={`${id}-title`} className="text-sm font-semibold">
          {t("evaluate.casesTitle")}
        </h2>
        <span className="text-muted-foreground text-xs" data-testid="eval-case-count">
          {t("evaluate.casesCount", { count: cases.length })}
        </span>
        <div className="ml-auto flex flex-wrap gap-2">
          <FileImportButton
            label={t("evaluate.importCases")}
            accept=".csv,.tsv,.txt,.jsonl,.ndjson,text/csv,application/jsonl"
            maxBytes={MAX_IMPORT_BYTES}
            onFile={(selected) => void importFile(selected)}
            onTooLarge={(selected) =>
              importFailed(selected, t("evaluate.importError.too-big", { limit: MAX_IMPORT_CHARS }))
            }
            disabled={disabled}
            testId="eval-import"
          />
          <Button
            type="button"
            variant="ghost"
            size="sm"
            disabled={disabled || cases.length === 0}
            onClick={() => setCases([])}
            data-testid="eval-clear-cases"
          >
            <Trash2Icon aria-hidden />
            {t("evaluate.clearCases")}
          </Button>
        </div>
      </div>
      <p className="text-muted-foreground text-xs">{t("evaluate.importHint")}</p>
      <p
        role={notice?.error ? "alert" : "status"}
        className={notice?.error ? "text-destructive text-xs" : "text-muted-foreground text-xs"}
        data-testid="eval-import-notice"
      >
        {notice?.text}
      </p>
      {/* biome-ignore lint/a11y/useSemanticElements: a labelled scrolling region around the table. */}
      <div
        className="max-h-[28rem] overflow-auto rounded-lg border"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable.
        tabIndex={0}
        role="region"
        aria-labelledby={`${id}-title`}
      >
        <fieldset disabled={disabled} className="contents">
          <table className="w-full border-collapse text-sm">
            <thead className="bg-muted/50 sticky top-0 z-10 text-xs">
              <tr>
                <th scope="col" className="px-2 py-1.5 text-right font-medium">
                  #
                </th>
                {names.map((name) => (
                  <th key={name} scope="col" className="border-l px-2 py-1.5 text-left font-mono font-medium">
                    {`{{${name}}}`}
                  </th>
                ))}
                <th scope="col" className="border-l px-2 py-1.5 text-left font-medium">
                  {t("evaluate.expected")}
                </th>
                <th scope="col" className="w-9">
                  <span className="sr-only">{t("evaluate.rowActions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {cases.map((c, index) => (
                <CaseRow
                  key={c.id}
                  index={index}
                  value={c}
                  names={names}
                  onChange={onChange}
                  onRemove={onRemove}
                  onPaste={onPaste}
                />
              ))}
            </tbody>
          </table>
        </fieldset>
      </div>
      <AddButton
        disabled={disabled}
        onClick={() => setCases([...current(), blankCase(newId())])}
        data-testid="eval-add-case"
      >
        {t("evaluate.addCase")}
      </AddButton>
    </section>
  );
}
