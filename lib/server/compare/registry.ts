import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { AppError } from "@/lib/errors";
import { PANE_ID, RUN_ID } from "@/lib/schemas/compare";
import { callerKey, safeEqual } from "../auth";
import { ACCESS_COOKIE, readCookie } from "../cookies";

// Runs in flight, so `DELETE /api/compare/<run>/<pane>` can cut one pane. In memory, per process: a
// deployment with several instances needs sticky sessions for per-pane cancel (Stop all needs none).

interface Run {
  owner: string;
  panes: Map<string, AbortController>;
}

const runs = new Map<string, Run>();

/**
 * Who may cancel a run: a digest of the caller's own key and access cookie (never stored in clear).
 * Demo callers share the demo key; for them the 128-bit run id, seen only by the stream's reader, is
 * what keeps others out.
 */
export function ownerOf(req: Request): string {
  const key = callerKey(req)?.key ?? "";
  const access = readCookie(req, ACCESS_COOKIE) ?? "";
  return createHash("sha256").update(`compare-owner\0${key}\0${access}`).digest("base64url");
}

export function newRunId(): string {
  return randomBytes(16).toString("base64url");
}

export function registerRun(id: string, owner: string, paneIds: readonly string[]) {
  const panes = new Map(paneIds.map((p) => [p, new AbortController()] as const));
  runs.set(id, { owner, panes });
  return {
    signalOf: (pane: string) => panes.get(pane)?.signal ?? AbortSignal.abort(),
    /** The pane finished (or was cut): a later DELETE for it is a 404. */
    finish: (pane: string) => panes.delete(pane),
    close: () => runs.delete(id),
  };
}

/** Aborts one pane of a run started by the same caller; 404 for anything else (no hint which part). */
export function cancelPane(req: Request, runId: string, paneId: string): void {
  const notFound = new AppError("not_found", "No such compare pane running (it may have finished already)");
  if (!RUN_ID.test(runId) || !PANE_ID.test(paneId)) throw notFound;
  const run = runs.get(runId);
  if (!run || !safeEqual(run.owner, ownerOf(req))) throw notFound;
  const pane = run.panes.get(paneId);
  if (!pane) throw notFound;
  run.panes.delete(paneId);
  pane.abort(new Error("Cancelled"));
}

/** For tests: how many runs are registered. */
export function runCount(): number {
  return runs.size;
}
