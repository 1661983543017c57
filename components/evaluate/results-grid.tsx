"use client";

import { useVirtualizer } from "@tanstack/react-virtual";
import { type KeyboardEvent, useCallback, useRef, useState } from "react";
import { useEvalStore } from "@/lib/evaluate/store";
import { useT } from "@/lib/i18n/provider";
import { ResultCell } from "./result-cell";

const ROW_HEIGHT = 112;
const CASE_WIDTH = "10rem";
const COLUMN_WIDTH = "minmax(14rem, 1fr)";

/**
 * Every case × column: rows are virtualized (only those in view are drawn), so 100 cases × 6 columns
 * stream as smoothly as a handful. Arrow keys move between cells (one tab stop for the whole grid),
 * Enter opens the focused cell.
 */
export function ResultsGrid({ onOpen }: { onOpen: (row: number, col: number) => void }) {
  const t = useT();
  const scroller = useRef<HTMLDivElement>(null);
  const cases = useEvalStore((s) => s.run.cases);
  const columns = useEvalStore((s) => s.run.columns);
  const [active, setActive] = useState({ row: 0, col: 0 });
  const virtualizer = useVirtualizer({
    count: cases.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 4,
  });
  const template = `${CASE_WIDTH} repeat(${columns.length}, ${COLUMN_WIDTH})`;

  const move = useCallback(
    (event: KeyboardEvent) => {
      const steps: Record<string, [number, number]> = {
        ArrowUp: [-1, 0],
        ArrowDown: [1, 0],
        ArrowLeft: [0, -1],
        ArrowRight: [0, 1],
        PageUp: [-5, 0],
        PageDown: [5, 0],
      };
      const step = steps[event.key];
      if (!step) return;
      event.preventDefault();
      const row = Math.min(cases.length - 1, Math.max(0, active.row + step[0]));
      const col = Math.min(columns.length - 1, Math.max(0, active.col + step[1]));
      setActive({ row, col });
      virtualizer.scrollToIndex(row, { align: "auto" });
      requestAnimationFrame(() =>
        scroller.current
          ?.querySelector<HTMLElement>(`[data-cell="${row}:${col}"]`)
          ?.focus({ preventScroll: true }),
      );
    },
    [active, cases.length, columns.length, virtualizer],
  );
  const open = useCallback(
    (row: number, col: number) => {
      setActive({ row, col });
      onOpen(row, col);
    },
    [onOpen],
  );

  return (
    // biome-ignore lint/a11y/useSemanticElements: a labelled scrolling region around the grid.
    <div
      ref={scroller}
      className="max-h-[70dvh] overflow-auto rounded-lg border"
      role="region"
      aria-label={t("evaluate.resultsScroll")}
      data-testid="eval-grid-scroll"
    >
      <table
        aria-rowcount={cases.length + 1}
        onKeyDown={move}
        className="grid min-w-fit border-collapse text-sm"
        data-testid="eval-grid"
      >
        <caption className="sr-only">{t("evaluate.resultsTitle")}</caption>
        <thead className="bg-muted sticky top-0 z-10 grid border-b text-xs">
          <tr aria-rowindex={1} className="grid" style={{ gridTemplateColumns: template }}>
            <th scope="col" className="px-2 py-1.5 text-left font-medium">
              {t("evaluate.caseHeader")}
            </th>
            {columns.map((column) => (
              <th
                key={column.id}
                scope="col"
                className="truncate border-l px-2 py-1.5 text-left font-mono font-medium"
                title={column.label}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="relative grid" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const c = cases[item.index];
            if (!c) return null;
            const vars = Object.values(c.vars).join(" · ");
            return (
              <tr
                key={c.id}
                aria-rowindex={item.index + 2}
                className="absolute top-0 left-0 grid w-full border-b"
                style={{
                  gridTemplateColumns: template,
                  height: ROW_HEIGHT,
                  transform: `translateY(${item.start}px)`,
                }}
                data-testid="eval-row"
              >
                <th
                  scope="row"
                  className="flex min-w-0 flex-col gap-0.5 overflow-hidden p-2 text-left text-xs font-normal"
                >
                  <span className="font-medium">{t("evaluate.caseRow", { n: item.index + 1 })}</span>
                  <span className="text-muted-foreground line-clamp-4 break-words">{vars}</span>
                </th>
                {columns.map((column, col) => (
                  <ResultCell
                    key={column.id}
                    caseId={c.id}
                    columnId={column.id}
                    row={item.index}
                    col={col}
                    label={column.label}
                    active={active.row === item.index && active.col === col}
                    onOpen={open}
                  />
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
