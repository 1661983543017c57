import "server-only";
import { createHash } from "node:crypto";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { PANE_ID, RUN_ID } from "@/lib/schemas/compare";
import { safeEqual } from "../auth";
import { closeOnShutdown } from "../lifecycle/streams";
import { type CancelAsk, type CancelRelay, localRelay, openPostgresRelay } from "./cancel-relay";
import { cutLocalPane, ownerOf } from "./registry";

let opening: Promise<CancelRelay> | undefined;

/**
 * The process's cancel relay: over PostgreSQL when DATABASE_URL is set (several instances behind a
 * load balancer, no sticky sessions), else local only. Opened before a run starts, so a Stop sent to
 * another instance right after the first event already finds this one listening. A relay that cannot
 * open (database down) leaves Stop working on this instance only, and is retried on the next run.
 */
export function cancelRelay(): Promise<CancelRelay> {
  const url = env().DATABASE_URL;
  if (!url) return Promise.resolve(localRelay);
  opening ??= openPostgresRelay(url, cutLocal, { onLost: () => (opening = undefined) }).then(
    (relay) => {
      closeOnShutdown(closeCancelRelay);
      return relay;
    },
    (err: unknown) => {
      opening = undefined;
      console.error(
        `Compare Stop across instances unavailable (${err instanceof Error ? err.message : String(err)}); ` +
          "a single pane's Stop works on the instance running it only. Check DATABASE_URL.",
      );
      return localRelay;
    },
  );
  return opening;
}

export async function closeCancelRelay(): Promise<void> {
  const current = opening;
  opening = undefined;
  if (current) await (await current).close().catch(() => undefined);
}

// The caller's owner digest never leaves the process: instances compare a digest bound to the run.
const proofOf = (run: string, owner: string) =>
  createHash("sha256").update(`compare-cancel\0${run}\0${owner}`).digest("base64url");

function cutLocal(ask: CancelAsk): boolean {
  return cutLocalPane(ask.run, ask.pane, (owner) => safeEqual(proofOf(ask.run, owner), ask.proof));
}

/**
 * DELETE /api/compare/<run>/<pane>: cuts the pane on this instance, or on whichever instance runs it.
 * 404 for anything else (not found, finished, someone else's), with no hint which.
 */
export async function cancelPane(req: Request, runId: string, paneId: string): Promise<void> {
  const notFound = new AppError("not_found", "No such compare pane running (it may have finished already)");
  if (!RUN_ID.test(runId) || !PANE_ID.test(paneId)) throw notFound;
  const ask = { run: runId, pane: paneId, proof: proofOf(runId, ownerOf(req)) };
  if (cutLocal(ask)) return;
  if (!(await (await cancelRelay()).ask(ask))) throw notFound;
}
