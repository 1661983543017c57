import "server-only";
import type { Health, Readiness } from "@/lib/schemas/proxy";
import { accepting } from "./lifecycle/streams";
import { getShareStore } from "./shares";
import { simulatorForced } from "./upstream-choice";

const HEADERS = { "cache-control": "no-store", "x-content-type-options": "nosniff" };
// A database that takes longer than this to answer `select 1` counts as unreachable.
const PING_TIMEOUT_MS = 2000;

/** Liveness: the process answers. Says nothing about the database (a restart would not fix it). */
export function health(): Response {
  const body: Health = { ok: true, upstream: simulatorForced() ? "simulator" : "remote" };
  return Response.json(body, { headers: HEADERS });
}

/**
 * Readiness: send traffic here. 503 once a shutdown began (the balancer takes the instance out while
 * its streams finish) and while the share store (PostgreSQL with DATABASE_URL) does not answer.
 */
export async function readiness(): Promise<Response> {
  const answer = (status: number, body: Readiness) => Response.json(body, { status, headers: HEADERS });
  if (!accepting()) return answer(503, { ready: false, reason: "shutting down" });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timed out")), PING_TIMEOUT_MS);
  });
  try {
    const store = await Promise.race([getShareStore(), timeout]);
    await Promise.race([store.ping(), timeout]);
    return answer(200, { ready: true, store: store.name });
  } catch {
    // The reason stays in the server (the store logs it); the probe only needs the verdict.
    return answer(503, { ready: false, reason: "share store unreachable" });
  } finally {
    clearTimeout(timer);
  }
}
