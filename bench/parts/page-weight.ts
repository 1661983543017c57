// Page weight: runs the CI budget check (scripts/check-page-weight.mjs) against the running app.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

const Figures = z.object({
  wireKbAtLoad: z.number(),
  rawKbAtLoad: z.number(),
  jsFilesAtLoad: z.number(),
  encodingsAtLoad: z.record(z.string(), z.number()),
  wireKbAtIdle: z.number(),
});
const Report = z.object({
  rows: z.array(
    z.object({ path: z.string(), status: z.number(), budget: z.number(), runs: z.array(Figures) }),
  ),
});

export function runPageWeight(baseUrl: string, runs: number, resultsDir: string) {
  const out = join(resultsDir, "page-weight.json");
  const r = spawnSync(
    process.execPath,
    ["scripts/check-page-weight.mjs", "--url", baseUrl, "--runs", String(runs), "--json", out],
    { stdio: ["ignore", "inherit", "inherit"] },
  );
  try {
    return { exitCode: r.status, ...Report.parse(JSON.parse(readFileSync(out, "utf8"))) };
  } catch {
    return { exitCode: r.status, rows: [] };
  }
}
