// Benchmarks other engineers own (bench/ui-streaming.*, bench/images-gallery.*): called, not rewritten.
// Contract: the script runs against BENCH_BASE_URL (our app, upstream = the bench simulator) and may
// write bench/results/<name>.json; its exit code and any numeric figures it wrote go into the table.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export interface ExternalResult {
  name: string;
  status: "missing" | "passed" | "failed";
  exitCode?: number | null;
  figures: Record<string, number>;
  log?: string;
}

const EXTENSIONS = ["ts", "mts", "mjs", "js"];

function numericLeaves(value: unknown, prefix: string, out: Record<string, number>): void {
  if (typeof value === "number" && Number.isFinite(value)) out[prefix] = value;
  else if (value && typeof value === "object" && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) numericLeaves(v, prefix ? `${prefix}.${k}` : k, out);
  }
}

export function runExternal(
  name: string,
  env: Record<string, string>,
  resultsDir: string,
  logDir: string,
): ExternalResult {
  const script = EXTENSIONS.map((ext) => join("bench", `${name}.${ext}`)).find((f) => existsSync(f));
  if (!script) return { name, status: "missing", figures: {} };
  const resultFile = join(resultsDir, `${name}.json`);
  rmSync(resultFile, { force: true });
  const isTs = script.endsWith("ts");
  const args = isTs ? ["--import", "tsx", script] : [script];
  const r = spawnSync(process.execPath, args, {
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 10 * 60_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const log = join(logDir, `${name}.log`);
  writeFileSync(log, `${r.stdout ?? ""}\n${r.stderr ?? ""}`);
  const figures: Record<string, number> = {};
  if (existsSync(resultFile)) {
    try {
      numericLeaves(JSON.parse(readFileSync(resultFile, "utf8")), "", figures);
    } catch {
      // an unreadable result file leaves the figures empty; the log says why
    }
  }
  return { name, status: r.status === 0 ? "passed" : "failed", exitCode: r.status, figures, log };
}
