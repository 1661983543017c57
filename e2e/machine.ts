import { createHash } from "node:crypto";
import { availableParallelism } from "node:os";

// How much slower this machine is than the one the suite's time budgets were written on (2 cores,
// quiet: a CPU probe of ~12 ms). Measured once by whichever process loads this first (the runner,
// through playwright.config.ts) and handed to the workers through the environment, so every process
// scales by the same number. E2E_SLOWDOWN set by hand wins (e.g. E2E_SLOWDOWN=3 for a debugger).
const REFERENCE_PROBE_MS = 12;
const REFERENCE_CORES = 2;
const MAX_FACTOR = 8;

/** One probe: hashing and arithmetic, ~12 ms on the reference machine. */
function probeOnce(): number {
  const start = performance.now();
  const block = Buffer.alloc(64 * 1024, 7);
  let digest: Buffer = block;
  for (let i = 0; i < 200; i++) digest = createHash("sha256").update(block).update(digest).digest();
  let sum = 0;
  for (let i = 0; i < 2_000_000; i++) sum += Math.sqrt(i);
  return performance.now() - start + (sum < 0 ? 1 : 0);
}

/**
 * The median of probes over about a second: a busy machine's contention shows in it, a single lucky or
 * unlucky slice does not. Fewer cores than the reference run servers, browser and runner on fewer
 * cores, which slows all of them in proportion.
 */
function measure(): number {
  const times: number[] = [];
  const until = performance.now() + 1000;
  while (times.length < 5 || (performance.now() < until && times.length < 60)) times.push(probeOnce());
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? REFERENCE_PROBE_MS;
  const cpu = Math.max(1, median / REFERENCE_PROBE_MS);
  const cores = Math.max(1, REFERENCE_CORES / availableParallelism());
  return Math.min(MAX_FACTOR, Math.round(cpu * cores * 10) / 10);
}

function factor(): number {
  const given = Number(process.env.E2E_SLOWDOWN);
  if (Number.isFinite(given) && given > 0) return given;
  const measured = measure();
  process.env.E2E_SLOWDOWN = String(measured);
  return measured;
}

/** The machine factor (>= 1 unless set lower by hand). */
export const slowdown = factor();

/** A time budget written for the reference machine, scaled to this one. */
export function slow(ms: number): number {
  return Math.round(ms * slowdown);
}

/** Browser lanes: one per core, at most two (the suite's specs split into two groups, see the config). */
export function lanes(): number {
  return Math.min(2, availableParallelism());
}
