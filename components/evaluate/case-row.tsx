"use client";

import { type ClipboardEvent, memo } from "react";
import type { EvalCase } from "@/lib/evaluate/types";
import { useT } from "@/lib/i18n/provider";
import { RemoveButton } from "./remove-button";

export const EXPECTED = "\u0000expected";

const cellInput =
  "bg-transparent focus-visible:ring-ring/50 h-8 w-full min-w-28 rounded-sm border border-transparent px-1.5 text-sm outline-none hover:border-input focus-visible:ring-[3px] md:text-xs";

/** One test case: a text box per variable and one for the expected value. */
export const CaseRow = memo(function CaseRow({
  index,
  value,
  names,
  onChange,
  onRemove,
  onPaste,
}: {
  index: number;
  value: EvalCase;
  names: readonly string[];
  onChange: (index: number, name: string, text: string) => void;
  onRemove: (index: number) => void;
  onPaste: (index: number, name: string, event: ClipboardEvent<HTMLInputElement>) => void;
}) {
  const t = useT();
  const n = index + 1;
  const field = (name: string, label: string, text: string) => (
    <td key={name} className="border-l px-0.5 py-0.5">
      <input
        value={text}
        onChange={(e) => onChange(index, name, e.target.value)}
        onPaste={(e) => onPaste(index, name, e)}
        aria-label={`${t("evaluate.caseRow", { n })} · ${label}`}
        className={cellInput}
        data-testid={name === EXPECTED ? "case-expected" : "case-var"}
      />
    </td>
  );
  return (
    <tr className="border-t" data-testid="case-row">
      <th scope="row" className="text-muted-foreground w-10 px-2 text-right font-mono text-xs font-normal">
        {n}
      </th>
      {names.map((name) => field(name, name, value.vars[name] ?? ""))}
      {field(EXPECTED, t("evaluate.expected"), value.expected ?? "")}
      <td className="w-9 px-0.5">
        <RemoveButton
          label={t("evaluate.removeCase", { n })}
          onClick={() => onRemove(index)}
          data-testid="case-remove"
        />
      </td>
    </tr>
  );
});
