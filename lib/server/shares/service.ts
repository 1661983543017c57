import "server-only";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
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
import { clientKey, createShareLimiter } from "./rate-limit";

const notFound = () =>
  new AppError("not_found", "This share link does not exist, was revoked or has expired");

/** Ids are checked against their strict pattern before any query. */
export function assertShareId(id: string): void {
  if (!shareIdPattern.test(id)) throw notFound();
}

let limiter: ReturnType<typeof createShareLimiter> | undefined;
let limiterRates: string | undefined;
function rateLimiter() {
  const e = env();
  const rates = `${e.SHARE_RATE_PER_MIN}/${e.SHARE_RATE_GLOBAL_PER_MIN}`;
  if (!limiter || limiterRates !== rates) {
    limiter = createShareLimiter(e.SHARE_RATE_PER_MIN, e.SHARE_RATE_GLOBAL_PER_MIN);
    limiterRates = rates;
  }
  return limiter;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON");
  }
}

function firstIssue(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.map(String).join(".") || "snapshot"}: ${issue.message}` : "invalid";
}

let lastPurge = 0;

/** POST /api/shares: validate, strip to the allowlist, refuse secrets, store. */
export async function createShare(req: Request, now = Date.now()): Promise<CreateShareResponse> {
  assertSameOrigin(req);
  const e = env();
  const wait = rateLimiter().take(clientKey(req, e.TRUSTED_PROXY_HOPS), now);
  if (wait > 0) {
    throw new AppError("rate_limited", `Too many share links in a short time: try again in ${wait} s`);
  }
  // Room for the wrapper around a snapshot of the maximum size.
  const text = await readSmallText(req, e.SHARE_MAX_BYTES + 64 * 1024);
  const body = createShareBodySchema.safeParse(parseJson(text));
  if (!body.success) throw new AppError("bad_request", `Invalid share request: ${firstIssue(body.error)}`);
  const parsed = shareSnapshotSchema.safeParse(body.data.snapshot);
  if (!parsed.success) throw new AppError("bad_request", `Invalid snapshot: ${firstIssue(parsed.error)}`);
  const snapshot = parsed.data;

  if (body.data.teamOnly) {
    if (!teamMode()?.accessRequired)
      throw new AppError("bad_request", "Team-only links need a deployment with an access code");
    if (!hasAccess(req))
      throw new AppError("access_code_required", "Enter the access code to create team-only links");
  }
  const secrets = [callerKey(req)?.key, e.APIGO_SERVER_KEY, e.ACCESS_CODE].filter((s): s is string =>
    Boolean(s),
  );
  const secret = findSecret(snapshot, secrets);
  if (secret) {
    throw new AppError(
      "bad_request",
      `The snapshot contains what looks like ${secret}. Remove it from the conversation and share again.`,
    );
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

  const store = await getShareStore();
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
  const snapshot = shareSnapshotSchema.safeParse(JSON.parse(record.snapshot));
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
