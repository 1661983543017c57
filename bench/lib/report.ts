import { round, type Spread, spread } from "./stats";
import { TARGET_LABELS, type TargetName } from "./targets";

/** One line of the printed table: a figure per target (or one overall), each min/median/max over runs. */
export interface Row {
  section: string;
  figure: string;
  unit: string;
  cells: Partial<Record<TargetName | "all", Spread>>;
  target?: string;
  /** Whether our figure meets the target (undefined: no target, or not measured). */
  met?: boolean;
  note?: string;
}

/** Collects per-run values under a key, then turns them into spreads. */
export class Runs {
  private values = new Map<string, number[]>();
  add(key: string, value: number): void {
    const list = this.values.get(key) ?? [];
    list.push(value);
    this.values.set(key, list);
  }
  /** The value added most recently (this run's figure). */
  last(key: string): number {
    return this.values.get(key)?.at(-1) ?? Number.NaN;
  }
  get(key: string): Spread | undefined {
    const list = this.values.get(key);
    return list ? spread(list) : undefined;
  }
  toJSON(): Record<string, number[]> {
    return Object.fromEntries(this.values);
  }
}

const COLS: (TargetName | "all")[] = ["direct", "pipe", "bare", "pull", "ours", "all"];

function cell(s: Spread | undefined): string {
  if (!s || s.runs === 0) return "-";
  const d = Math.abs(s.median) >= 100 ? 0 : Math.abs(s.median) >= 10 ? 1 : 2;
  if (s.runs === 1 || s.min === s.max) return `${round(s.median, d)}`;
  return `${round(s.median, d)} [${round(s.min, d)}..${round(s.max, d)}]`;
}

export function formatTable(rows: readonly Row[]): string {
  const used = COLS.filter((c) => rows.some((r) => r.cells[c]));
  const head = [
    "figure",
    "unit",
    ...used.map((c) => (c === "all" ? "value" : TARGET_LABELS[c])),
    "target",
    "met",
  ];
  const body = rows.map((r) => [
    r.figure,
    r.unit,
    ...used.map((c) => cell(r.cells[c])),
    r.target ?? "",
    r.met === undefined ? "" : r.met ? "yes" : "NO",
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? "").length)));
  const line = (cols: string[]) => cols.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ");
  const out: string[] = [];
  let section = "";
  for (const [i, r] of rows.entries()) {
    if (r.section !== section) {
      section = r.section;
      out.push("", `## ${section}`, line(head), widths.map((w) => "-".repeat(w)).join("-|-"));
    }
    out.push(line(body[i] ?? []));
    if (r.note) out.push(`   ${r.note}`);
  }
  return out.join("\n");
}
