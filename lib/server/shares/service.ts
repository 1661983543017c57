import "server-only";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { rangedResponse } from "@/lib/http-range";
import { firstIssue } from "@/lib/schemas/first-issue";
import { nestsDeeperThan } from "@/lib/schemas/json-walk";
import {
  type CreateShareResponse,
  createShareBodySchema,
  expiryMs,
  revokeShareBodySchema,
  type SharedRecord,
  shareIdPattern,
  shareSnapshotSchema,
} from "@/lib/schemas/share";
import { findSecret } from "@/lib/schemas/share-secrets";
import { callerKey, hasAccess, teamMode } from "../auth";
import { readSmallText } from "../body-limit";
import { assertSameOrigin } from "../origin";
import { hashToken, newDeleteToken, newShareId, tokenMatches } from "./ids";
import { getShareStore } from "./index";
import { assertStorageRoom, shareClient, takeShareBytes, takeShareSlot } from "./limits";
import { fetchShareVideo } from "./video";

const notFound = () =>
  new AppError("not_found", "This share link does not exist, was revoked or has expired");

/** Ids are checked against their strict pattern before any query. */
export function assertShareId(id: string): void {
  if (!shareIdPattern.test(id)) throw notFound();
}

/**
 * Deepest nesting a snapshot may have. The snapshot's own structure takes about 8 levels; the rest is
 * for tool-call input. Far below what a validator, a renderer or JSON.stringify can take (thousands).
 */
export const SNAPSHOT_MAX_DEPTH = 64;

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON");
  }
}

let lastPurge = 0;

/** POST /api/shares: validate, strip to the allowlist, refuse secrets, store. */
export async function createShare(req: Request, now = Date.now()): Promise<CreateShareResponse> {
  assertSameOrigin(req);
  const e = env();
  // On a team deployment only members may publish: links are served from the team's address.
  if (teamMode()?.accessRequired && !hasAccess(req)) {
    throw new AppError(
      "access_code_required",
      "This playground is shared by a team: enter the access code in Settings to create share links",
    );
  }
  const client = shareClient(req);
  await takeShareSlot(client, now);
  // Room for the wrapper around a snapshot of the maximum size.
  const text = await readSmallText(req, e.SHARE_MAX_BYTES + 64 * 1024);
  const body = createShareBodySchema.safeParse(parseJson(text));
  if (!body.success)
    throw new AppError("bad_request", `Invalid share request: ${firstIssue(body.error, "snapshot")}`);
  if (nestsDeeperThan(body.data.snapshot, SNAPSHOT_MAX_DEPTH)) {
    throw new AppError(
      "bad_request",
      `Invalid snapshot: nested deeper than ${SNAPSHOT_MAX_DEPTH} levels. Share a conversation without such deep tool input.`,
    );
  }
  const parsed = shareSnapshotSchema.safeParse(body.data.snapshot);
  if (!parsed.success)
    throw new AppError("bad_request", `Invalid snapshot: ${firstIssue(parsed.error, "snapshot")}`);
  const snapshot = parsed.data;
  if (body.data.teamOnly && !teamMode()?.accessRequired) {
    throw new AppError("bad_request", "Team-only links need a deployment with an access code");
  }
  // Only the caller's own key, which the caller knows: never a server-held secret (the server key,
  // the access code), or this reply would tell anyone whether their text contains it. A server key
  // pasted into a conversation is still refused by its shape (sk-…), like any other key.
  const secret = findSecret(
    snapshot,
    [callerKey(req)?.key].filter((s): s is string => Boolean(s)),
  );
  if (secret) {
    throw new AppError(
      "bad_request",
      `The snapshot contains what looks like ${secret}. Remove it from the conversation and share again.`,
    );
  }
  // The video state is the server's word only; the MP4 is fetched once the cheap checks passed, and
  // its bytes are taken from the client's quota before they are downloaded.
  let media: Uint8Array | undefined;
  if (snapshot.kind === "videos") {
    delete snapshot.video;
    if (body.data.videoJobId && snapshot.job.status === "completed") {
      const fetched = await fetchShareVideo(req, body.data.videoJobId, (bytes) =>
        takeShareBytes(client, bytes, now),
      );
      snapshot.video = fetched.video;
      media = fetched.media;
    }
  }
  const json = JSON.stringify(snapshot);
  const bytes = Buffer.byteLength(json);
  if (bytes > e.SHARE_MAX_BYTES) {
    const mb = (n: number) => `${Math.round((n / 1048576) * 10) / 10} MB`;
    throw new AppError(
      "payload_too_large",
      `The snapshot is ${mb(bytes)}; share links hold up to ${mb(e.SHARE_MAX_BYTES)}. Share fewer images or a shorter conversation.`,
    );
  }
  const total = bytes + (media?.byteLength ?? 0);
  await takeShareBytes(client, bytes, now);
  const store = await getShareStore();
  await assertStorageRoom(store, total, now);
  const id = newShareId();
  const deleteToken = newDeleteToken();
  const ttl = expiryMs[body.data.expiresIn];
  const record = {
    id,
    kind: snapshot.kind,
    snapshot: json,
    teamOnly: body.data.teamOnly,
    createdAt: now,
    expiresAt: ttl === null ? null : now + ttl,
    deleteTokenHash: hashToken(deleteToken),
    ...(media ? { media } : {}),
  };
  await store.insert(record);
  if (now - lastPurge > 3_600_000) {
    lastPurge = now;
    void store.purgeExpired(now).catch(() => undefined);
  }
  const { createdAt, expiresAt, teamOnly, kind } = record;
  return {
    id,
    path: `/s/${id}`,
    deleteToken,
    kind: kind as CreateShareResponse["kind"],
    createdAt,
    expiresAt,
    teamOnly,
  };
}

export type ShareLookup =
  | { status: "ok"; share: SharedRecord }
  | { status: "team-only" }
  | { status: "not-found" };

/** A live share as the viewer may see it. `canSeeTeam` says whether the viewer has the access session. */
export async function lookupShare(id: string, canSeeTeam: boolean, now = Date.now()): Promise<ShareLookup> {
  if (!shareIdPattern.test(id)) return { status: "not-found" };
  const store = await getShareStore();
  const record = await store.get(id, now);
  if (!record) return { status: "not-found" };
  if (record.teamOnly && !canSeeTeam) return { status: "team-only" };
  // Stored snapshots were validated on the way in; parsing again keeps an old or edited row from
  // reaching the renderers in a shape they do not expect.
  // Depth first: a share stored before the depth limit must not overflow the validator's stack.
  const raw: unknown = JSON.parse(record.snapshot);
  if (nestsDeeperThan(raw, SNAPSHOT_MAX_DEPTH)) return { status: "not-found" };
  const snapshot = shareSnapshotSchema.safeParse(raw);
  if (!snapshot.success) return { status: "not-found" };
  return {
    status: "ok",
    share: {
      id: record.id,
      createdAt: record.createdAt,
      expiresAt: record.expiresAt,
      teamOnly: record.teamOnly,
      snapshot: snapshot.data,
    },
  };
}

/** GET /api/shares/<id>/video: a live video share's MP4, whole or by Range. */
export async function serveShareVideo(req: Request, id: string): Promise<Response> {
  const found = await lookupShare(id, hasAccess(req));
  if (found.status !== "ok" || found.share.snapshot.kind !== "videos") throw notFound();
  const media = await (await getShareStore()).getMedia(id, Date.now());
  if (!media) throw notFound();
  return rangedResponse(media, req.headers.get("range"), {
    "Content-Type": "video/mp4",
    "Cache-Control": "private, no-store, no-transform",
    "X-Content-Type-Options": "nosniff",
    "X-Robots-Tag": "noindex",
    "Referrer-Policy": "no-referrer",
    "Content-Disposition": "inline",
  });
}

/** GET /api/shares/<id>. */
export async function readShare(req: Request, id: string): Promise<SharedRecord> {
  const found = await lookupShare(id, hasAccess(req));
  if (found.status === "team-only") {
    throw new AppError(
      "access_code_required",
      "This link is for the team: enter the access code in Settings",
    );
  }
  if (found.status === "not-found") throw notFound();
  return found.share;
}

/** DELETE /api/shares/<id> with the creator's delete token. */
export async function revokeShare(req: Request, id: string): Promise<void> {
  assertSameOrigin(req);
  assertShareId(id);
  const body = revokeShareBodySchema.safeParse(parseJson(await readSmallText(req, 1024)));
  if (!body.success) throw new AppError("bad_request", "A delete token is required to revoke a link");
  const store = await getShareStore();
  const record = await store.get(id);
  // A wrong token answers like a missing share: it tells nothing about which ids exist.
  if (!record || !tokenMatches(body.data.deleteToken, record.deleteTokenHash)) throw notFound();
  await store.delete(id);
}
