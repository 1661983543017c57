// Benchmarks that drive the pages in a browser (bench/ui-streaming.mjs, bench/images-gallery.mjs):
// called, not rewritten. Contract: the script runs against BENCH_BASE_URL (our app in demo mode) and
// writes bench/results/<result>.json; its exit code and the numbers in that file go into the table,
// one value per repeat (so each figure gets min/median/max like the others).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface ExternalSpec {
  /** The label in the table (e.g. "ui-streaming: chat"). */
  label: string;
  /** bench/<script> */
  script: string;
  /** bench/results/<result>.json is where the script writes its figures. */
  result: string;
  env?: Record<string, string>;
}

export interface ExternalResult {
  name: string;
  status: "missing" | "passed" | "failed";
  exitCodes: (number | null)[];
  /** Every numeric figure of the result file, one value per repeat that wrote it. */
  figures: Record<string, number[]>;
  log?: string;
}

function numericLeaves(value: unknown, prefix: string, out: Record<string, number>): void {
  if (typeof value === "number" && Number.isFinite(value)) out[prefix] = value;
  else if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) numericLeaves(v, prefix ? `${prefix}.${k}` : k, out);
  }
}

export function runExternal(
  spec: ExternalSpec,
  env: Record<string, string>,
  dirs: { results: string; logs: string },
  repeats: number,
): ExternalResult {
  const script = join("bench", spec.script);
  if (!existsSync(script)) return { name: spec.label, status: "missing", exitCodes: [], figures: {} };
  const resultFile = join(dirs.results, `${spec.result}.json`);
  const log = join(dirs.logs, `${spec.result}.log`);
  const figures: Record<string, number[]> = {};
  const exitCodes: (number | null)[] = [];
  let logText = "";
  for (let i = 0; i < repeats; i++) {
    rmSync(resultFile, { force: true });
    const args = script.endsWith("ts") ? ["--import", "tsx", script] : [script];
    const r = spawnSync(process.execPath, args, {
      env: { ...process.env, ...env, ...spec.env },
      encoding: "utf8",
      timeout: 10 * 60_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    exitCodes.push(r.status);
    logText += `# repeat ${i + 1}\n${r.stdout ?? ""}\n${r.stderr ?? ""}\n`;
    if (!existsSync(resultFile)) continue;
    const one: Record<string, number> = {};
    try {
      numericLeaves(JSON.parse(readFileSync(resultFile, "utf8")), "", one);
    } catch {
      // an unreadable result file adds no figures; the log says why
    }
    for (const [k, v] of Object.entries(one)) figures[k] = [...(figures[k] ?? []), v];
  }
  writeFileSync(log, logText);
  const passed = exitCodes.length > 0 && exitCodes.every((c) => c === 0);
  return { name: spec.label, status: passed ? "passed" : "failed", exitCodes, figures, log };
}
