// The servers the adversarial suite runs against: the real production build (`next start`, the build
// folder from NEXT_DIST_DIR or .next), the standalone simulator over HTTP, and a hostile upstream.
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startHostileUpstream } from "./hostile-upstream";

const base = Number(process.env.SECURITY_PORT_BASE ?? 7210);
export const ports = {
  sim: base,
  remote: base + 1,
  team: base + 2,
  refused: base + 3,
  hostile: base + 4,
  hostileApp: base + 5,
  misconfig: base + 6,
  openRelay: base + 7,
  /** Started by limits.sec.ts: small share caps and a short body deadline, its own store. */
  limits: base + 8,
  /** Nothing listens here: the "connection refused" upstream. */
  closed: base + 89,
} as const;

export const secrets = {
  /** The user key the suite sends; the sim accepts any `sk-sim…` key. */
  userKey: "sk-simSecSuiteUser8d41c7",
  teamKey: "sk-simSecSuiteTeam5e92ab",
  accessCode: "correct horse battery staple",
} as const;

export interface Started {
  name: string;
  url: string;
  log: string;
  child: ChildProcess;
}

const simEnv = { SIM_FIRST_TOKEN_MS: "50", SIM_TOKENS_PER_SEC: "200", SIM_VIDEO_SECONDS: "2" };

export async function waitFor(url: string, child: ChildProcess, ms = 60_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited with ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not come up within ${ms} ms`);
}

export function spawnLogged(
  name: string,
  cmd: string,
  args: string[],
  env: Record<string, string>,
  logDir: string,
): { child: ChildProcess; log: string } {
  const log = path.join(logDir, `${name}.log`);
  const out = createWriteStream(log);
  // Own process group: npx and tsx start children, and stopping must reach all of them.
  const child = spawn(cmd, args, {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  return { child, log };
}

export function stopGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    // already gone
  }
}

export function nextStart(name: string, port: number, env: Record<string, string>, logDir: string) {
  return spawnLogged(name, "npx", ["next", "start", "-p", String(port)], env, logDir);
}

export async function startAll(): Promise<{
  servers: Started[];
  logDir: string;
  dataDir: string;
  stop(): Promise<void>;
}> {
  const logDir = mkdtempSync(path.join(tmpdir(), "apigo-sec-logs-"));
  const dataDir = mkdtempSync(path.join(tmpdir(), "apigo-sec-data-"));
  const hostile = await startHostileUpstream(ports.hostile);
  const sim = `http://127.0.0.1:${ports.sim}`;
  const common = { ...simEnv, DATA_DIR: dataDir, UPSTREAM_HEADERS_TIMEOUT_MS: "3000" };
  const specs: [string, number | null, Record<string, string>][] = [
    ["sim", null, { ...simEnv, SIM_PORT: String(ports.sim) }],
    [
      "remote",
      ports.remote,
      {
        ...common,
        APIGO_BASE_URL: sim,
        PROXY_MAX_JSON_BYTES: "65536",
        PROXY_MAX_MULTIPART_BYTES: "1048576",
        SHARE_MAX_BYTES: "200000",
        SHARE_RATE_PER_MIN: "30",
        SHARE_RATE_GLOBAL_PER_MIN: "100000",
        // The suite plays the one trusted proxy: the X-Forwarded-For it sends names the client, so
        // share tests can each count as their own client.
        TRUSTED_PROXY_HOPS: "1",
      },
    ],
    [
      "team",
      ports.team,
      { ...common, APIGO_BASE_URL: sim, APIGO_SERVER_KEY: secrets.teamKey, ACCESS_CODE: secrets.accessCode },
    ],
    ["refused", ports.refused, { ...common, APIGO_BASE_URL: `http://127.0.0.1:${ports.closed}` }],
    ["hostileApp", ports.hostileApp, { ...common, APIGO_BASE_URL: hostile.url }],
  ];
  const servers: Started[] = [];
  for (const [name, port, env] of specs) {
    const { child, log } =
      port === null
        ? spawnLogged(name, "npx", ["tsx", "lib/sim/cli.ts"], env, logDir)
        : nextStart(name, port, env, logDir);
    servers.push({ name, url: port === null ? sim : `http://localhost:${port}`, log, child });
  }
  const stop = async () => {
    for (const s of servers) stopGroup(s.child);
    await hostile.close();
  };
  try {
    await Promise.all(
      servers.map((s) => waitFor(s.name === "sim" ? `${s.url}/__sim/log` : `${s.url}/api/health`, s.child)),
    );
  } catch (err) {
    await stop();
    throw err;
  }
  return { servers, logDir, dataDir, stop };
}
