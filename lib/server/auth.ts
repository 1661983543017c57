import "server-only";
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { ACCESS_COOKIE, COOKIE_MAX_AGE_S, KEY_COOKIE, readCookie } from "./cookies";
import type { UpstreamAuth } from "./headers";
import { chooseUpstream, simulatorForced, type Upstream } from "./upstream-choice";

export const DEMO_KEY = "sk-demo";

export type AuthSource = "cookie" | "bearer" | "x-api-key" | "team" | "demo";
export interface ResolvedAuth extends UpstreamAuth {
  source: AuthSource;
}

/**
 * The caller's own key, if any: the cookie first, then headers from non-browser callers. Bearer comes
 * before x-api-key, except on the paths where new-api's TokenAuth copies x-api-key over Authorization
 * (any path containing /v1/messages or /v1/models: QuantumNous/new-api middleware/auth.go), so an SDK
 * that sends both reaches the gateway with the key the gateway itself would use.
 * `upstreamPath` is the relayed path below /v1/ (none: not a relay, Bearer first).
 */
export function callerKey(req: Request, upstreamPath?: string): ResolvedAuth | undefined {
  const cookie = readCookie(req, KEY_COOKIE);
  if (cookie) return { scheme: "bearer", key: cookie, source: "cookie" };
  const bearer = /^bearer\s+(\S+)\s*$/i.exec(req.headers.get("authorization") ?? "")?.[1];
  const apiKey = req.headers.get("x-api-key")?.trim();
  // Kept as x-api-key upstream: the gateway answers /v1/models in Anthropic's list format for it.
  const fromApiKey = apiKey
    ? ({ scheme: "x-api-key", key: apiKey, source: "x-api-key" } as const)
    : undefined;
  if (fromApiKey && upstreamPath !== undefined && apiKeyFirst(upstreamPath)) return fromApiKey;
  if (bearer) return { scheme: "bearer", key: bearer, source: "bearer" };
  return fromApiKey;
}

function apiKeyFirst(upstreamPath: string): boolean {
  const path = `/v1/${upstreamPath}`;
  return path.includes("/v1/messages") || path.includes("/v1/models");
}

/** Team mode: a server key exists. Access is required unless the operator opted into an open relay. */
export function teamMode(): { serverKey: string; accessRequired: boolean } | undefined {
  const e = env();
  if (!e.APIGO_SERVER_KEY) return undefined;
  return { serverKey: e.APIGO_SERVER_KEY, accessRequired: Boolean(e.ACCESS_CODE) };
}

/** Which upstream answers this request and with which key, or the AppError explaining why none does. */
export interface Route {
  auth: ResolvedAuth;
  upstream: Upstream;
}

const DEMO: ResolvedAuth = { scheme: "bearer", key: DEMO_KEY, source: "demo" };

/** `upstreamPath`: where the request is relayed, if anywhere (it decides which of two key headers wins). */
export function resolveRoute(req: Request, upstreamPath?: string): Route {
  const own = callerKey(req, upstreamPath);
  const team = teamMode();
  if (!own && team?.accessRequired && !hasAccess(req)) {
    throw new AppError(
      "access_code_required",
      "This playground is shared by a team: enter the access code first",
    );
  }
  const teamAuth: ResolvedAuth | undefined = team
    ? { scheme: "bearer", key: team.serverKey, source: "team" }
    : undefined;
  // A forced simulator (APIGO_BASE_URL=simulator) gets the caller's key as the gateway would.
  if (simulatorForced()) return { upstream: { kind: "simulator" }, auth: own ?? teamAuth ?? DEMO };
  const keyed = own ?? teamAuth;
  const upstream = chooseUpstream(req, keyed !== undefined);
  // The simulator picked in Settings runs on the demo key: a real key stays away from it (it would
  // answer "Invalid token" and make the user doubt a good key).
  if (upstream.kind === "simulator") return { upstream, auth: DEMO };
  if (!keyed) {
    throw new AppError(
      "unauthorized",
      "No API key: open Settings and paste your API·GO key, or switch to the simulator there",
    );
  }
  return { upstream, auth: keyed };
}

/** Which key goes upstream for this request (relayed to `upstreamPath`, if any), or the AppError explaining why none does. */
export function resolveAuth(req: Request, upstreamPath?: string): ResolvedAuth {
  return resolveRoute(req, upstreamPath).auth;
}

// The access cookie is `v1.<expiry seconds>.<hmac>`; the HMAC key derives from the server key and the
// access code, so changing either revokes every issued cookie.
function accessSecret(): Buffer {
  const e = env();
  return createHash("sha256")
    .update(`apigo-access\0${e.APIGO_SERVER_KEY ?? ""}\0${e.ACCESS_CODE ?? ""}`)
    .digest();
}

function sign(payload: string): string {
  return createHmac("sha256", accessSecret()).update(payload).digest("base64url");
}

export function issueAccessToken(now = Date.now()): string {
  const payload = `v1.${Math.floor(now / 1000) + COOKIE_MAX_AGE_S}`;
  return `${payload}.${sign(payload)}`;
}

export function hasAccess(req: Request, now = Date.now()): boolean {
  const team = teamMode();
  if (!team) return false;
  if (!team.accessRequired) return true;
  const token = readCookie(req, ACCESS_COOKIE);
  const m = token ? /^(v1\.(\d{1,12}))\.([A-Za-z0-9_-]{43})$/.exec(token) : null;
  if (!m?.[1] || !m[2] || !m[3]) return false;
  if (Number(m[2]) * 1000 < now) return false;
  return safeEqual(m[3], sign(m[1]));
}

export function safeEqual(a: string, b: string): boolean {
  // Hash both sides so lengths match and the comparison time says nothing about either value.
  const ha = createHash("sha256").update(a).digest();
  const hb = createHash("sha256").update(b).digest();
  return timingSafeEqual(ha, hb);
}

export function checkAccessCode(code: string): boolean {
  const expected = env().ACCESS_CODE;
  return expected !== undefined && safeEqual(code, expected);
}
