#!/usr/bin/env node
// Runs every check and test the project has, in order, and ends with one line of totals
// ("N passed, N failed") that CI reads. Exits non-zero when anything failed.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// Nothing here reaches the network: every app server started below (and any spawned with this
// environment) gets the embedded simulator unless it names its own stand-in gateway. A keyed request
// would otherwise go to https://api.apigo.ai (lib/server/upstream-choice.ts).
process.env.APIGO_BASE_URL = "simulator";

const results = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

/** Wall time of each step, printed after it ("--- label: 12.3 s") and in the closing table. */
const timings = [];
function timed(label, started) {
  const seconds = (performance.now() - started) / 1000;
  timings.push([label, seconds]);
  console.info(`--- ${label}: ${seconds.toFixed(1)} s`);
}

function run(label, cmd, args, env = {}) {
  console.info(`\n=== ${label}: ${cmd} ${args.join(" ")}`);
  const started = performance.now();
  const r = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  timed(label, started);
  const ok = r.status === 0;
  if (!ok) failures.push(`${label} (exit ${r.status ?? r.signal})`);
  return ok;
}

/** Like run(), but also copies the command's output into `logFile` (the canary scan reads it). */
async function runTee(label, cmd, args, env, logFile) {
  console.info(`\n=== ${label}: ${cmd} ${args.join(" ")}`);
  const started = performance.now();
  const log = createWriteStream(logFile);
  const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
  for (const stream of [child.stdout, child.stderr]) {
    stream.on("data", (chunk) => {
      process.stdout.write(chunk);
      log.write(chunk);
    });
  }
  const code = await new Promise((resolve) => child.on("close", (c, signal) => resolve(c ?? signal)));
  await new Promise((resolve) => log.end(resolve));
  timed(label, started);
  if (code !== 0) failures.push(`${label} (exit ${code})`);
  return code === 0;
}

function check(label, cmd, args, env = {}) {
  // A static check counts as one test: it passes or fails as a whole.
  if (run(label, cmd, args, env)) results.passed += 1;
  else results.failed += 1;
}

/** A node script that counts as one test and exits 77 when it cannot run here (skipped, not failed). */
function checkOrSkip(label, args) {
  const started = performance.now();
  const r = spawnSync("node", args, { stdio: "inherit" });
  timed(label, started);
  if (r.status === 77) results.skipped += 1;
  else if (r.status === 0) results.passed += 1;
  else {
    results.failed += 1;
    failures.push(label);
  }
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
checkOrSkip("npm audit --omit=dev (high or critical advisories)", ["scripts/audit.mjs"]);

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
// The typecheck step above already ran tsc over the same files (and fails the run if it failed): the
// build skips its own pass (next.config.mjs reads NEXT_SKIP_TYPECHECK; the Dockerfile's build keeps it).
const skipBuildTypecheck = { NEXT_SKIP_TYPECHECK: "1" };
if (!existsSync(chromium)) {
  results.failed += 1;
  failures.push(
    `no Chromium at ${chromium}: run 'bash scripts/ensure-chromium.sh' (apt-get install chromium)`,
  );
} else if (!run("build", "npx", ["next", "build"], skipBuildTypecheck)) {
  results.failed += 1;
} else {
  rmSync("test-results/e2e.json", { force: true });
  // One e2e pass, with a canary key preset in every browser context but the few tests tagged
  // @keyless (they check the keyless demo itself); scripts/canary-scan.mjs then searches for it.
  const canary = { E2E_CANARY_KEY: `sk-simCanary${randomBytes(12).toString("hex")}` };
  const serverLogs = "test-logs/servers";
  const runnerLog = "test-logs/e2e-runner.log";
  rmSync(serverLogs, { recursive: true, force: true });
  mkdirSync(serverLogs, { recursive: true });
  await runTee(
    "end-to-end tests (Playwright, Chromium), canary key preset",
    "npx",
    ["playwright", "test"],
    { CI: "1", E2E_SERVER_LOGS: serverLogs, ...canary },
    runnerLog,
  );
  const e2e = readJson("test-results/e2e.json");
  if (e2e?.stats) {
    results.passed += e2e.stats.expected;
    results.failed += e2e.stats.unexpected + e2e.stats.flaky;
    results.skipped += e2e.stats.skipped;
  } else {
    results.failed += 1;
    failures.push("playwright wrote no report");
  }
  // Needs the build above: first-load JavaScript per page as Chromium receives it from `next start`
  // (on the wire, compressed) against bench/page-weight-budget.json; a page over its budget fails.
  check("page-weight budget", "node", ["scripts/check-page-weight.mjs"]);
  // Issue #9, also on the build above: the adversarial suite against `next start` (tests/security),
  // a short load run (full length by hand: bench/load-streams.mjs), the canary-key scan of the e2e run.
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
    "--port-base",
    process.env.LOAD_PORT_BASE ?? "7250",
  ]);
  check("canary key: nowhere in logs, store, bundle or pages", "node", ["scripts/canary-scan.mjs"], {
    ...canary,
    E2E_SERVER_LOGS: serverLogs,
    CANARY_RUNNER_LOG: runnerLog,
  });
  // Issue #22, on the build above: what the container image runs (the Dockerfile's files, node
  // server.js), two instances on one PostgreSQL: shares, compare Stop across instances, SIGTERM.
  checkOrSkip("standalone image smoke (two instances, one PostgreSQL)", ["scripts/standalone-smoke.mjs"]);
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

console.info("\nWall time per step:");
for (const [label, seconds] of timings) console.info(`${seconds.toFixed(1).padStart(7)} s  ${label}`);
if (failures.length > 0) console.info(`\nFailed: ${failures.join("; ")}`);
const skipped = results.skipped > 0 ? `, ${results.skipped} skipped` : "";
console.info(`\n${results.passed} passed, ${results.failed} failed${skipped}`);
process.exit(results.failed > 0 || failures.length > 0 ? 1 : 0);
