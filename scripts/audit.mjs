#!/usr/bin/env node
// `npm audit --omit=dev`: fails on any high or critical advisory in what ships. Needs the registry's
// audit endpoint; when it cannot be reached the step fails in CI (CI or GITHUB_ACTIONS set) and is
// reported as skipped (exit 77) elsewhere, so an offline laptop does not hide a real result in CI.
import { spawnSync } from "node:child_process";

const r = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8" });
let report;
try {
  report = JSON.parse(r.stdout);
} catch {
  report = undefined;
}
const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  const why = (r.stderr || r.stdout || "").split("\n").find((l) => /error|ERR/.test(l)) ?? "no report";
  console.error(`npm audit: the audit endpoint could not be used (${why.trim()})`);
  process.exit(process.env.CI || process.env.GITHUB_ACTIONS ? 1 : 77);
}
const serious = Object.entries(report.vulnerabilities ?? {}).filter(([, v]) =>
  ["high", "critical"].includes(v.severity),
);
console.info(
  `npm audit --omit=dev: ${counts.critical} critical, ${counts.high} high, ${counts.moderate} moderate, ${counts.low} low`,
);
for (const [name, v] of serious) console.error(`  ${v.severity}: ${name} (${v.range})`);
process.exit(serious.length > 0 ? 1 : 0);
