import "server-only";
import type { z } from "zod";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { accessCodeSchema } from "@/lib/schemas/proxy";
import type { SessionInfo } from "@/lib/schemas/session";
import { setKeySchema } from "@/lib/schemas/session-key";
import { setUpstreamSchema } from "@/lib/schemas/session-upstream";
import { beginAccessAttempt, endAccessAttempt } from "./access-guard";
import { callerKey, checkAccessCode, hasAccess, issueAccessToken, teamMode } from "./auth";
import { readSmallText } from "./body-limit";
import { ACCESS_COOKIE, clearCookieHeader, KEY_COOKIE, setCookieHeader } from "./cookies";
import { maskKey } from "./mask";
import { assertSameOrigin } from "./origin";
import {
  chooseUpstream,
  gatewayLabel,
  simulatorForced,
  UPSTREAM_COOKIE,
  type UpstreamChoice,
} from "./upstream-choice";

const MAX_BODY = 4096;

/** What the caller's requests get. `change` shows the state a PUT/DELETE is about to set. */
export function sessionInfo(
  req: Request,
  change: { key?: string | null; pick?: UpstreamChoice } = {},
): SessionInfo {
  const own = change.key === undefined ? callerKey(req)?.key : (change.key ?? undefined);
  const team = teamMode();
  const granted = team ? hasAccess(req) : false;
  const forced = simulatorForced();
  const keyed = Boolean(own) || Boolean(team);
  const picked = change.pick ? withPick(req, change.pick) : req;
  const kind = chooseUpstream(picked, keyed).kind;
  // Mirrors resolveRoute: a picked simulator runs on the demo key; a forced one takes the caller's.
  const mode: SessionInfo["mode"] =
    kind === "simulator"
      ? forced && own
        ? "user-key"
        : forced && team && granted
          ? "team"
          : "demo"
      : own
        ? "user-key"
        : team && granted
          ? "team"
          : "no-key";
  return {
    mode,
    keyHint: own ? maskKey(own) : null,
    upstream: { kind, forced, gateway: gatewayLabel() },
    defaultVendor: env().DEFAULT_VENDOR ?? null,
    accessRequired: Boolean(team?.accessRequired),
    accessGranted: granted,
  };
}

/** The request as it will look once the upstream cookie holds `pick`. */
function withPick(req: Request, pick: UpstreamChoice): Request {
  const headers = new Headers(req.headers);
  const others = (headers.get("cookie") ?? "")
    .split(";")
    .filter((c) => c.trim() !== "" && !c.trim().startsWith(`${UPSTREAM_COOKIE}=`));
  headers.set("cookie", [...others, `${UPSTREAM_COOKIE}=${pick}`].join(";"));
  return new Request(req.url, { headers });
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
  return json(sessionInfo(req, { key }), 200, setCookieHeader(req, KEY_COOKIE, key));
}

export function deleteKey(req: Request): Response {
  assertSameOrigin(req);
  return json(sessionInfo(req, { key: null }), 200, clearCookieHeader(req, KEY_COOKIE));
}

export async function putUpstream(req: Request): Promise<Response> {
  assertSameOrigin(req);
  const { upstream } = await parseBody(req, setUpstreamSchema);
  if (simulatorForced() && upstream === "gateway") {
    throw new AppError("bad_request", "This playground runs the simulator only (APIGO_BASE_URL=simulator)");
  }
  return json(sessionInfo(req, { pick: upstream }), 200, setCookieHeader(req, UPSTREAM_COOKIE, upstream));
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
