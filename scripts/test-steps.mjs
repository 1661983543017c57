// The steps of scripts/test-all.mjs: each runs one command, counts what it found and records its wall
// time. A step runs either in the foreground (its output streams as it comes) or beside others
// (`{ beside: true }`: its output is held and printed as one block when it ends, so that two steps
// running side by side never interleave their lines).
import { spawn } from "node:child_process";
import { createWriteStream, readFileSync } from "node:fs";

export const results = { passed: 0, failed: 0, skipped: 0 };
export const failures = [];

/** Wall time of each step, printed after it ("--- label: 12.3 s") and in the closing table. */
const timings = [];

/**
 * Runs `cmd args` and resolves with its exit code (or signal name). `logFile` also receives a copy of
 * the output (the canary scan reads the e2e runner's); `beside` holds the output back until the end.
 */
export function run(label, cmd, args, { env = {}, logFile, beside = false } = {}) {
  const header = `\n=== ${label}: ${cmd} ${args.join(" ")}`;
  if (!beside) console.info(header);
  const started = performance.now();
  const log = logFile ? createWriteStream(logFile) : undefined;
  const held = [];
  const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, ...env } });
  for (const stream of [child.stdout, child.stderr]) {
    stream.on("data", (chunk) => {
      if (beside) held.push(chunk);
      else process.stdout.write(chunk);
      log?.write(chunk);
    });
  }
  return new Promise((resolve) => {
    child.on("close", async (code, signal) => {
      if (log) await new Promise((done) => log.end(done));
      if (beside) {
        console.info(header);
        process.stdout.write(Buffer.concat(held));
      }
      const seconds = (performance.now() - started) / 1000;
      timings.push([label, seconds]);
      console.info(`--- ${label}: ${seconds.toFixed(1)} s`);
      resolve(code ?? signal);
    });
  });
}

/** A step whose exit status is its result: 0 passed, anything else failed (a failure named by label). */
export async function check(label, cmd, args, options) {
  const code = await run(label, cmd, args, options);
  if (code === 0) results.passed += 1;
  else {
    results.failed += 1;
    failures.push(`${label} (exit ${code})`);
  }
  return code === 0;
}

/** A node script that counts as one test and exits 77 when it cannot run here (skipped, not failed). */
export async function checkOrSkip(label, args, options) {
  const code = await run(label, "node", args, options);
  if (code === 77) results.skipped += 1;
  else if (code === 0) results.passed += 1;
  else {
    results.failed += 1;
    failures.push(label);
  }
}

/** A test runner's step: its JSON report's counts are added; no report counts as one failure. */
export async function suite(label, cmd, args, report, count, options) {
  const code = await run(label, cmd, args, options);
  if (code !== 0) failures.push(`${label} (exit ${code})`);
  let json;
  try {
    json = JSON.parse(readFileSync(report, "utf8"));
  } catch {
    json = undefined;
  }
  const counts = json && count(json);
  if (!counts) {
    results.failed += 1;
    failures.push(`${label} wrote no report`);
    return;
  }
  results.passed += counts.passed;
  results.failed += counts.failed;
  results.skipped += counts.skipped;
  if (counts.passed + counts.failed + counts.skipped === 0) failures.push(`${label} ran no test`);
}

/** The closing table and totals; exits non-zero when anything failed. */
export function finish() {
  console.info("\nWall time per step:");
  for (const [label, seconds] of timings) console.info(`${seconds.toFixed(1).padStart(7)} s  ${label}`);
  if (failures.length > 0) console.info(`\nFailed: ${failures.join("; ")}`);
  const skipped = results.skipped > 0 ? `, ${results.skipped} skipped` : "";
  console.info(`\n${results.passed} passed, ${results.failed} failed${skipped}`);
  process.exit(results.failed > 0 || failures.length > 0 ? 1 : 0);
}
