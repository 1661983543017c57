import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { callerKey } from "../auth";
import { ACCESS_COOKIE, readCookie } from "../cookies";

// Runs in flight in this process, so `DELETE /api/compare/<run>/<pane>` can cut one pane. A DELETE that
// lands on another instance reaches this one through the cancel relay (cancel.ts).

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

/** Aborts one pane of a run in this process when `isOwner` accepts the run's owner; false otherwise. */
export function cutLocalPane(runId: string, paneId: string, isOwner: (owner: string) => boolean): boolean {
  const run = runs.get(runId);
  if (!run || !isOwner(run.owner)) return false;
  const pane = run.panes.get(paneId);
  if (!pane) return false;
  run.panes.delete(paneId);
  pane.abort(new Error("Cancelled"));
  return true;
}

/** For tests: how many runs are registered. */
export function runCount(): number {
  return runs.size;
}
