// The servers the proxy phases compare, started the same way by `npm run bench` and
// bench/proxy-profile.ts: the standalone simulator, a node:http pipe, the bare Next route and our app,
// each in front of the simulator.
import { type Started, serverPid, startProcess, stopProcess, waitForUrl } from "./procs";
import { chatUrl, PORTS, type Target } from "./targets";

const NODE = process.execPath;
export const NEXT = "node_modules/next/dist/bin/next";
export const SIM_URL = `http://127.0.0.1:${PORTS.sim}`;

/** Our app as the bench runs it: the bench build, the standalone simulator as upstream, no team key. */
export const OURS_ENV = {
  NEXT_DIST_DIR: ".next-bench",
  APIGO_BASE_URL: SIM_URL,
  NEXT_TELEMETRY_DISABLED: "1",
  APIGO_SERVER_KEY: "",
  ACCESS_CODE: "",
};

export interface ProxyServers {
  targets: Target[];
  /** Stops one of them early (by target name), or all that are still running. */
  stop: (name?: "pipe" | "bare") => Promise<void>;
}

/** `oursArgs` starts our app (default `next start`); bench/proxy-profile.ts passes a profiled one. */
export async function startProxyServers(
  logDir: string,
  oursArgs: (port: number) => string[] = (port) => [NEXT, "start", "-p", String(port)],
): Promise<ProxyServers> {
  const sim = startProcess("sim", NODE, ["--import", "tsx", "lib/sim/cli.ts"], {
    env: { SIM_PORT: String(PORTS.sim), SIM_FIRST_TOKEN_MS: "10", SIM_TOKENS_PER_SEC: "1000" },
    logDir,
  });
  const upstream = { BENCH_UPSTREAM: SIM_URL };
  const pipe = startProcess("pipe", NODE, ["bench/servers/pipe.mjs", String(PORTS.pipe)], {
    env: upstream,
    logDir,
  });
  const bare = startProcess("bare", NODE, [NEXT, "start", "bench/bare-next", "-p", String(PORTS.bare)], {
    env: { ...upstream, NEXT_DIST_DIR: ".next-bare", NEXT_TELEMETRY_DISABLED: "1" },
    logDir,
  });
  const ours = startProcess("ours", NODE, oursArgs(PORTS.ours), {
    env: { ...OURS_ENV, NODE_ENV: "production" },
    logDir,
  });
  const running = new Map<string, Started>([
    ["ours", ours],
    ["bare", bare],
    ["pipe", pipe],
    ["sim", sim],
  ]);
  const stop = async (name?: "pipe" | "bare") => {
    for (const [n, s] of running) {
      if (name && n !== name) continue;
      running.delete(n);
      await stopProcess(s);
    }
  };
  try {
    await waitForUrl(`${SIM_URL}/__sim/log`, 60_000, sim);
    await waitForUrl(`http://127.0.0.1:${PORTS.pipe}/__sim/log`, 30_000, pipe);
    await waitForUrl(`http://127.0.0.1:${PORTS.bare}/`, 60_000, bare);
    await waitForUrl(`http://127.0.0.1:${PORTS.ours}/api/health`, 60_000, ours);
  } catch (err) {
    await stop();
    throw err;
  }
  const targets: Target[] = [
    { name: "direct", chatUrl: chatUrl("direct", PORTS.sim) },
    { name: "pipe", chatUrl: chatUrl("pipe", PORTS.pipe), pid: pipe.pid },
    { name: "bare", chatUrl: chatUrl("bare", PORTS.bare), pid: serverPid(bare.pid) },
    { name: "ours", chatUrl: chatUrl("ours", PORTS.ours), pid: serverPid(ours.pid) },
  ];
  return { targets, stop };
}
