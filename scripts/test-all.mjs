#!/usr/bin/env node
// Runs every check and test the project has, in order, and ends with one line of totals
// ("N passed, N failed") that CI reads. Exits non-zero when anything failed.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";

const results = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(label, cmd, args, env = {}) {
  console.info(`\n=== ${label}: ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const ok = r.status === 0;
  if (!ok) failures.push(`${label} (exit ${r.status ?? r.signal})`);
  return ok;
}

function check(label, cmd, args) {
  // A static check counts as one test: it passes or fails as a whole.
  if (run(label, cmd, args)) results.passed += 1;
  else results.failed += 1;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

mkdirSync("test-results", { recursive: true });

check("typecheck", "npx", ["tsc", "--noEmit", "-p", "."]);
check("lint", "npx", ["biome", "ci", "--colors=off", "."]);

rmSync("test-results/unit.json", { force: true });
run("unit and conformance tests", "npx", [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  "--outputFile=test-results/unit.json",
]);
const unit = readJson("test-results/unit.json");
if (unit) {
  results.passed += unit.numPassedTests;
  results.failed += unit.numFailedTests;
  results.skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
  if (unit.numTotalTests === 0) failures.push("vitest ran no test");
} else {
  results.failed += 1;
  failures.push("vitest wrote no report");
}

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  results.failed += 1;
  failures.push(
    `no Chromium at ${chromium}: run 'bash scripts/ensure-chromium.sh' (apt-get install chromium)`,
  );
} else if (!run("build", "npx", ["next", "build"])) {
  results.failed += 1;
} else {
  rmSync("test-results/e2e.json", { force: true });
  run("end-to-end tests (Playwright, Chromium)", "npx", ["playwright", "test"], { CI: "1" });
  const e2e = readJson("test-results/e2e.json");
  if (e2e?.stats) {
    results.passed += e2e.stats.expected;
    results.failed += e2e.stats.unexpected + e2e.stats.flaky;
    results.skipped += e2e.stats.skipped;
  } else {
    results.failed += 1;
    failures.push("playwright wrote no report");
  }
  // Needs the build above: first-load JavaScript per page against bench/page-weight-budget.json.
  check("page-weight budget", "node", ["scripts/check-page-weight.mjs"]);
}

if (failures.length > 0) console.info(`\nFailed: ${failures.join("; ")}`);
const skipped = results.skipped > 0 ? `, ${results.skipped} skipped` : "";
console.info(`\n${results.passed} passed, ${results.failed} failed${skipped}`);
process.exit(results.failed > 0 || failures.length > 0 ? 1 : 0);
