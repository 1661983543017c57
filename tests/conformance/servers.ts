import { afterAll, beforeAll } from "vitest";
import { startSimServer } from "@/lib/sim/server";
import { restoreEnv } from "@/tests/server";
import { startProxyServer } from "./proxy-server";

type Server = { url: string; close(): Promise<void> };
export interface ConformanceServers {
  /** The simulator the SDKs reach directly. */
  sim: Server;
  /** A second simulator, the proxy's remote upstream (a fresh prompt cache, so runs compare equal). */
  simBehindProxy: Server;
  /** Our proxy route modules on node:http. */
  proxy: Server;
}

/**
 * Starts the servers of a conformance file in its `beforeAll` (register this first, so later hooks see
 * them) and closes them, restoring the env, in `afterAll`. The returned object is filled in by then.
 */
export function conformanceServers(): ConformanceServers {
  const s = {} as ConformanceServers;
  const opts = { firstTokenMs: 0, tokensPerSecond: 0, videoSeconds: 2, port: 0, host: "127.0.0.1" };
  beforeAll(async () => {
    s.sim = await startSimServer(opts);
    s.simBehindProxy = await startSimServer(opts);
    s.proxy = await startProxyServer();
  });
  afterAll(async () => {
    restoreEnv();
    await s.proxy?.close();
    await s.sim?.close();
    await s.simBehindProxy?.close();
  });
  return s;
}
