#!/usr/bin/env node
// Runs every check and test the project has, in order, and ends with one line of totals
// ("N passed, N failed") that CI reads. Exits non-zero when anything failed.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { check, checkOrSkip, failures, finish, results, run, suite } from "./test-steps.mjs";

// Nothing here reaches the network: every app server started below (and any spawned with this
// environment) gets the embedded simulator unless it names its own stand-in gateway. A keyed request
// would otherwise go to https://api.apigo.ai (lib/server/upstream-choice.ts).
process.env.APIGO_BASE_URL = "simulator";

mkdirSync("test-results", { recursive: true });

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const hasChromium = existsSync(chromium);
const beside = { beside: true };
rmSync("test-results/unit.json", { force: true });
// Two chains side by side until the e2e run (issue #17): the typecheck, then the build (in that order:
// `next typegen` writes into .next, which the build starts by clearing); and Biome, npm audit and the
// unit tests, which mostly wait on simulated streams and servers. Output is printed per step.
const [built] = await Promise.all([
  (async () => {
    // `next typegen && tsc`: every file with the route types, tests included (`next build` checks the
    // types of what it builds, and leaves out *.test.* and *.spec.* files).
    await check("typecheck", "npm", ["run", "--silent", "typecheck"], beside);
    return hasChromium && (await check("build", "npx", ["next", "build"], beside));
  })(),
  (async () => {
    await check("lint", "npx", ["biome", "ci", "--colors=off", "."], beside);
    // No high or critical advisory in what ships; exit 77 = audit endpoint unreachable outside CI (skipped).
    await checkOrSkip("npm audit --omit=dev (high or critical advisories)", ["scripts/audit.mjs"], beside);
    await suite(
      "unit and conformance tests",
      "npx",
      ["vitest", "run", "--reporter=default", "--reporter=json", "--outputFile=test-results/unit.json"],
      "test-results/unit.json",
      (r) => ({
        passed: r.numPassedTests,
        failed: r.numFailedTests,
        skipped: r.numPendingTests + (r.numTodoTests ?? 0),
      }),
      beside,
    );
  })(),
]);

if (!hasChromium) {
  results.failed += 1;
  failures.push(
    `no Chromium at ${chromium}: run 'bash scripts/ensure-chromium.sh' (apt-get install chromium)`,
  );
} else if (!built) {
  // Counted by check(); nothing below can run without the build.
} else {
  rmSync("test-results/e2e.json", { force: true });
  // One e2e pass, with a canary key preset in every browser context but the few tests tagged
  // @keyless (they check the keyless demo itself); scripts/canary-scan.mjs then searches for it.
  const canary = { E2E_CANARY_KEY: `sk-simCanary${randomBytes(12).toString("hex")}` };
  const serverLogs = "test-logs/servers";
  const runnerLog = "test-logs/e2e-runner.log";
  rmSync(serverLogs, { recursive: true, force: true });
  mkdirSync(serverLogs, { recursive: true });
  await suite(
    "end-to-end tests (Playwright, Chromium), canary key preset",
    "npx",
    ["playwright", "test"],
    "test-results/e2e.json",
    ({ stats }) =>
      stats && { passed: stats.expected, failed: stats.unexpected + stats.flaky, skipped: stats.skipped },
    { env: { CI: "1", E2E_SERVER_LOGS: serverLogs, ...canary }, logFile: runnerLog },
  );

  // On the build above, two chains side by side (each mostly waits on its servers, so together they
  // take about as long as the longer one; issue #17). Each has its own ports: the security suite
  // 7210-7299 and the canary scan 7290, the page weight 7150, the load run 7400-7401, the standalone
  // smoke 3190-3191. Their output is printed per step when it ends.
  rmSync("test-results/security.json", { force: true });
  const security = async () => {
    // Issue #9: the adversarial suite against `next start` (tests/security).
    await suite(
      "adversarial security suite (next start)",
      "npx",
      [
        "vitest",
        "run",
        "-c",
        "tests/security/vitest.config.ts",
        "--reporter=default",
        "--reporter=json",
        "--outputFile=test-results/security.json",
      ],
      "test-results/security.json",
      (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests, skipped: 0 }),
      beside,
    );
    await check("canary key: nowhere in logs, store, bundle or pages", "node", ["scripts/canary-scan.mjs"], {
      env: { ...canary, E2E_SERVER_LOGS: serverLogs, CANARY_RUNNER_LOG: runnerLog },
      beside: true,
    });
    // The browser on the same files: chat streaming and share links served by node server.js.
    const standalone = mkdtempSync(path.join(tmpdir(), "apigo-e2e-standalone-"));
    const assembled = await run(
      "assemble the image's files",
      "node",
      ["scripts/standalone-app.mjs", "--assemble-only", "--out", standalone],
      beside,
    );
    if (assembled === 0)
      await check(
        "e2e smoke on the standalone server (chat, shares)",
        "npx",
        ["playwright", "test", "e2e/demo-chat.spec.ts", "e2e/share.spec.ts", "--project", "chromium"],
        { env: { E2E_STANDALONE_DIR: standalone }, beside: true },
      );
    else {
      results.failed += 1;
      failures.push(`assemble the image's files (exit ${assembled})`);
    }
    rmSync(standalone, { recursive: true, force: true });
  };
  const weightAndLoad = async () => {
    // First-load JavaScript per page as Chromium receives it from `next start` (on the wire,
    // compressed) against bench/page-weight-budget.json; a page over its budget fails.
    await check("page-weight budget", "node", ["scripts/check-page-weight.mjs"], beside);
    // A short load run (full length by hand: bench/load-streams.mjs).
    await check(
      "load: 50 streaming clients for 10 s",
      "node",
      [
        "bench/load-streams.mjs",
        ...["--seconds", "10", "--clients", "50", "--settle-seconds", "8"],
        ...["--port-base", process.env.LOAD_PORT_BASE ?? "7400"],
      ],
      beside,
    );
    // Issue #22: what the container image runs (the Dockerfile's files, node server.js), two
    // instances on one PostgreSQL: shares, compare Stop across instances, SIGTERM.
    await checkOrSkip(
      "standalone image smoke (two instances, one PostgreSQL)",
      ["scripts/standalone-smoke.mjs"],
      beside,
    );
  };
  await Promise.all([security(), weightAndLoad()]);
}

finish();
