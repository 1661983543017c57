#!/usr/bin/env node
// Runs every check and test the project has, in order, and ends with one line of totals
// ("N passed, N failed") that CI reads. Exits non-zero when anything failed.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const results = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(label, cmd, args, env = {}) {
  console.info(`\n=== ${label}: ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  const ok = r.status === 0;
  if (!ok) failures.push(`${label} (exit ${r.status ?? r.signal})`);
  return ok;
}

function check(label, cmd, args, env = {}) {
  // A static check counts as one test: it passes or fails as a whole.
  if (run(label, cmd, args, env)) results.passed += 1;
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
// No high or critical advisory in what ships; exit 77 = audit endpoint unreachable outside CI (skipped).
const audit = spawnSync("node", ["scripts/audit.mjs"], { stdio: "inherit" });
if (audit.status === 77) results.skipped += 1;
else if (audit.status === 0) results.passed += 1;
else {
  results.failed += 1;
  failures.push("npm audit --omit=dev (high or critical advisories)");
}

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
  // Issue #9, also on the build above: the adversarial suite against `next start` (tests/security),
  // a short load run (full length by hand: bench/load-streams.mjs), the canary-key run of the e2e suite.
  rmSync("test-results/security.json", { force: true });
  run("adversarial security suite (next start)", "npx", [
    "vitest",
    "run",
    "-c",
    "tests/security/vitest.config.ts",
    "--reporter=default",
    "--reporter=json",
    "--outputFile=test-results/security.json",
  ]);
  const sec = readJson("test-results/security.json");
  if (sec) {
    results.passed += sec.numPassedTests;
    results.failed += sec.numFailedTests;
    if (sec.numTotalTests === 0) failures.push("security suite ran no test");
  } else {
    results.failed += 1;
    failures.push("security suite wrote no report");
  }
  check("load: 50 streaming clients for 10 s", "node", [
    "bench/load-streams.mjs",
    "--seconds",
    "10",
    "--clients",
    "50",
  ]);
  check("canary-key run", "node", ["scripts/canary-run.mjs"]);
  // Issue #22, on the build above: what the container image runs (the Dockerfile's files, node
  // server.js), two instances on one PostgreSQL: shares, compare Stop across instances, SIGTERM.
  const smoke = spawnSync("node", ["scripts/standalone-smoke.mjs"], { stdio: "inherit" });
  if (smoke.status === 77) results.skipped += 1;
  else if (smoke.status === 0) results.passed += 1;
  else {
    results.failed += 1;
    failures.push("standalone image smoke (two instances, one PostgreSQL)");
  }
  // The browser on the same files: chat streaming and share links served by node server.js.
  const standalone = mkdtempSync(path.join(tmpdir(), "apigo-e2e-standalone-"));
  if (
    run("assemble the image's files", "node", [
      "scripts/standalone-app.mjs",
      "--assemble-only",
      "--out",
      standalone,
    ])
  )
    check(
      "e2e smoke on the standalone server (chat, shares)",
      "npx",
      ["playwright", "test", "e2e/demo-chat.spec.ts", "e2e/share.spec.ts", "--project", "chromium"],
      { E2E_STANDALONE_DIR: standalone },
    );
  else results.failed += 1;
  rmSync(standalone, { recursive: true, force: true });
}

if (failures.length > 0) console.info(`\nFailed: ${failures.join("; ")}`);
const skipped = results.skipped > 0 ? `, ${results.skipped} skipped` : "";
console.info(`\n${results.passed} passed, ${results.failed} failed${skipped}`);
process.exit(results.failed > 0 || failures.length > 0 ? 1 : 0);
