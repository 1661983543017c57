// Helpers for the lib/server tests (not shipped: nothing imports this outside *.test.ts).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { resetEnvForTests } from "@/lib/env";

export interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: Buffer;
}

export interface FakeUpstream {
  origin: string;
  seen: Seen[];
  /** Resolves when the server notices the client connection of request n closed early. */
  closed: Promise<void>[];
  close(): Promise<void>;
}

/** A node:http upstream on 127.0.0.1 that records what reached it. */
export async function startFakeUpstream(
  handler: (req: IncomingMessage, res: ServerResponse, body: Buffer) => void,
): Promise<FakeUpstream> {
  const seen: Seen[] = [];
  const closed: Promise<void>[] = [];
  const server = createServer((req, res) => {
    let done: () => void = () => {};
    closed.push(new Promise<void>((r) => (done = r)));
    res.on("close", () => {
      if (!res.writableFinished) done();
    });
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("error", () => {});
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body });
      handler(req, res, body);
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    seen,
    closed,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

const SAVED = { ...process.env };
/** Sets env vars for one test (undefined deletes) and drops the parsed env copy. */
export function setEnv(vars: Record<string, string | undefined>): void {
  for (const [k, v] of Object.entries(vars)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetEnvForTests();
}
export function restoreEnv(): void {
  for (const k of Object.keys(process.env)) if (!(k in SAVED)) delete process.env[k];
  Object.assign(process.env, SAVED);
  resetEnvForTests();
}

export const APP = "http://localhost:3000";
/** The embedded simulator for every caller, no team key, no delays (its first use fixes its timing). */
export const EMBEDDED_SIM_ENV = {
  APIGO_BASE_URL: "simulator",
  APIGO_SERVER_KEY: undefined,
  ACCESS_CODE: undefined,
  SIM_FIRST_TOKEN_MS: "0",
  SIM_TOKENS_PER_SEC: "0",
} as const;
export const ctx = (path: string[]) => ({ params: Promise.resolve({ path }) });

export function proxyRequest(path: string, init: RequestInit & { duplex?: "half" } = {}): Request {
  return new Request(`${APP}/api/apigo/v1/${path}`, init);
}
