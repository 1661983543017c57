// For the browser benchmarks (.mjs, run with plain node): the app at BASE_URL if one is given, else
// `next start` on `port` from the current build (NEXT_DIST_DIR), stopped again by `stop()`.
import { spawn } from "node:child_process";

async function up(url) {
  try {
    return (await fetch(`${url}/api/health`)).ok;
  } catch {
    return false;
  }
}

/** @param {{ port: number, env?: Record<string, string> }} opts */
export async function startNextServer({ port, env = {} }) {
  if (process.env.BASE_URL) return { url: process.env.BASE_URL, stop: () => {} };
  const url = `http://localhost:${port}`;
  const child = spawn("npx", ["next", "start", "-p", String(port)], {
    stdio: "ignore",
    detached: true,
    // The embedded simulator for everyone unless a caller says otherwise: no bench reaches the network.
    env: { ...process.env, APIGO_BASE_URL: "simulator", ...env },
  });
  const deadline = Date.now() + 60_000;
  while (!(await up(url))) {
    if (Date.now() > deadline) throw new Error(`next start on ${port} did not come up`);
    await new Promise((r) => setTimeout(r, 300));
  }
  return { url, stop: () => process.kill(-child.pid, "SIGTERM") };
}
