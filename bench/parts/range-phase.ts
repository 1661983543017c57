// Starts a file upstream and, in front of it, a node:http pipe, the bare Next app (plain and with the
// pull wrapper) and our app; then times the same Range downloads through each.
import { serverPid, startProcess, stopProcess, waitForUrl } from "../lib/procs";
import type { Runs } from "../lib/report";
import { PORTS } from "../lib/targets";
import { ensureMp4, runRange } from "./range";

const NEXT = "node_modules/next/dist/bin/next";
const CONTENT = "v1/videos/bench/content";

export async function runRangePhase(
  appEnv: Record<string, string>,
  repeats: number,
  runs: Runs,
  logDir: string,
  /** How to start our app (default `next start`); bench/proxy-profile.ts passes a profiled one. */
  oursArgs?: (port: number) => string[],
): Promise<void> {
  const mp4 = "bench/.cache/bench-20mb.mp4";
  ensureMp4(mp4);
  const node = process.execPath;
  const filesUrl = `http://127.0.0.1:${PORTS.rangeFiles}`;
  const up = { BENCH_UPSTREAM: filesUrl };
  const files = startProcess(
    "range-files",
    node,
    ["bench/servers/range-files.mjs", String(PORTS.rangeFiles), mp4],
    {
      logDir,
    },
  );
  const pipe = startProcess("range-pipe", node, ["bench/servers/pipe.mjs", String(PORTS.pipeRange)], {
    env: up,
    logDir,
  });
  const bare = startProcess(
    "range-bare",
    node,
    [NEXT, "start", "bench/bare-next", "-p", String(PORTS.bareRange)],
    {
      env: { ...up, NEXT_DIST_DIR: ".next-bare" },
      logDir,
    },
  );
  const args = oursArgs?.(PORTS.oursRange) ?? [NEXT, "start", "-p", String(PORTS.oursRange)];
  const ours = startProcess("range-ours", node, args, {
    env: { ...appEnv, APIGO_BASE_URL: filesUrl, NODE_ENV: "production" },
    logDir,
  });
  try {
    await waitForUrl(`${filesUrl}/${CONTENT}`, 30_000, files);
    await waitForUrl(`http://127.0.0.1:${PORTS.pipeRange}/${CONTENT}`, 30_000, pipe);
    await waitForUrl(`http://127.0.0.1:${PORTS.bareRange}/`, 60_000, bare);
    await waitForUrl(`http://127.0.0.1:${PORTS.oursRange}/api/health`, 60_000, ours);
    await runRange(
      {
        direct: `${filesUrl}/${CONTENT}`,
        pipe: `http://127.0.0.1:${PORTS.pipeRange}/${CONTENT}`,
        bare: `http://127.0.0.1:${PORTS.bareRange}/api/${CONTENT}`,
        pull: `http://127.0.0.1:${PORTS.bareRange}/pull/${CONTENT}`,
        ours: `http://127.0.0.1:${PORTS.oursRange}/api/apigo/${CONTENT}`,
      },
      repeats,
      runs,
      { pipe: pipe.pid, bare: serverPid(bare.pid), pull: serverPid(bare.pid), ours: serverPid(ours.pid) },
    );
  } finally {
    for (const s of [ours, bare, pipe, files]) await stopProcess(s);
  }
}
