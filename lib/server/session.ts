import "server-only";
import type { z } from "zod";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { accessCodeSchema } from "@/lib/schemas/proxy";
import type { SessionInfo } from "@/lib/schemas/session";
import { setKeySchema } from "@/lib/schemas/session-key";
import { beginAccessAttempt, endAccessAttempt } from "./access-guard";
import { callerKey, checkAccessCode, hasAccess, issueAccessToken, teamMode } from "./auth";
import { readSmallText } from "./body-limit";
import { ACCESS_COOKIE, clearCookieHeader, KEY_COOKIE, setCookieHeader } from "./cookies";
import { maskKey } from "./mask";
import { assertSameOrigin } from "./origin";
import { isEmbeddedUpstream } from "./upstream";

const MAX_BODY = 4096;

export function sessionInfo(req: Request, overrideKey?: string | null): SessionInfo {
  const own = overrideKey === undefined ? callerKey(req)?.key : (overrideKey ?? undefined);
  const team = teamMode();
  const granted = team ? hasAccess(req) : false;
  const embedded = isEmbeddedUpstream();
  const mode: SessionInfo["mode"] = own
    ? "user-key"
    : team && granted
      ? "team"
      : embedded
        ? "demo"
        : "no-key";
  return {
    mode,
    keyHint: own ? maskKey(own) : null,
    upstream: { kind: embedded ? "simulator" : "remote" },
    defaultVendor: env().DEFAULT_VENDOR ?? null,
    accessRequired: Boolean(team?.accessRequired),
    accessGranted: granted,
  };
}

function json(data: unknown, status = 200, cookie?: string): Response {
  const headers = new Headers({ "cache-control": "no-store", "x-content-type-options": "nosniff" });
  if (cookie) headers.append("set-cookie", cookie);
  return Response.json(data, { status, headers });
}

async function parseBody<S extends z.ZodType>(req: Request, schema: S): Promise<z.infer<S>> {
  if (!/^application\/json\s*(;|$)/i.test(req.headers.get("content-type") ?? "")) {
    throw new AppError("unsupported_media_type", "Send the body as application/json");
  }
  const text = await readSmallText(req, MAX_BODY);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The body is not valid JSON");
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError(
      "bad_request",
      issue ? `${issue.path.join(".") || "body"}: ${issue.message}` : "Invalid body",
    );
  }
  return parsed.data;
}

export function getSession(req: Request): Response {
  return json(sessionInfo(req));
}

export async function putKey(req: Request): Promise<Response> {
  assertSameOrigin(req);
  const { key } = await parseBody(req, setKeySchema);
  return json(sessionInfo(req, key), 200, setCookieHeader(req, KEY_COOKIE, key));
}

export function deleteKey(req: Request): Response {
  assertSameOrigin(req);
  return json(sessionInfo(req, null), 200, clearCookieHeader(req, KEY_COOKIE));
}

export async function putAccess(req: Request): Promise<Response> {
  assertSameOrigin(req);
  const team = teamMode();
  if (!team?.accessRequired) throw new AppError("not_found", "This playground has no access code");
  const { code } = await parseBody(req, accessCodeSchema);
  const attempt = await beginAccessAttempt(req);
  const ok = checkAccessCode(code);
  await endAccessAttempt(attempt, ok);
  if (!ok) throw new AppError("access_code_required", "That access code is not right");
  const token = issueAccessToken();
  const info = { ...sessionInfo(req), accessGranted: true };
  if (info.mode === "no-key" || info.mode === "demo") info.mode = "team";
  return json(info, 200, setCookieHeader(req, ACCESS_COOKIE, token));
}

export function deleteAccess(req: Request): Response {
  assertSameOrigin(req);
  const info = sessionInfo(req);
  const after: SessionInfo = {
    ...info,
    accessGranted: false,
    mode: info.mode === "team" ? "no-key" : info.mode,
  };
  return json(after, 200, clearCookieHeader(req, ACCESS_COOKIE));
}
