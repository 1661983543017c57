import { e1 } from "./errors";
import { simText } from "./i18n";

const SIM_KEY = /^sim[A-Za-z0-9_]*$/;

/** Key as new-api reads it: x-api-key only on /v1/messages and /v1/models (wins there), else Bearer. */
export function extractKey(req: Request, path: string): string | null {
  const xKey = req.headers.get("x-api-key");
  if (xKey && (path.includes("/v1/messages") || path.includes("/v1/models"))) return xKey.trim();
  const auth = req.headers.get("authorization");
  if (!auth) return null;
  const m = /^bearer\s+(.+)$/i.exec(auth.trim());
  return m?.[1]?.trim() ?? null;
}

function normalise(key: string): string {
  return key.startsWith("sk-") ? key.slice(3) : key;
}

function knownToken(token: string, acceptKeys: readonly string[]): boolean {
  return token === "demo" || SIM_KEY.test(token) || acceptKeys.some((k) => normalise(k) === token);
}

/**
 * Returns an E1 error response, or null when the key is accepted. new-api `TokenAuth`
 * (middleware/auth.go): `sk-` is stripped and the rest split on `-`; part 0 is looked up, so an
 * unknown one (`sk-proj-…` is token "proj") is 401 "Invalid token", and only a known token with a
 * `-<channel>` suffix reaches `SetupContextForToken`'s 403 "普通用户不支持指定渠道".
 */
export function checkAuth(
  req: Request,
  path: string,
  rid: string,
  acceptKeys: readonly string[],
): Response | null {
  const key = extractKey(req, path);
  const bare = key ? normalise(key) : "";
  // A configured key is taken whole (tests and stand-ins name full keys, dashes included).
  if (bare && acceptKeys.some((k) => normalise(k) === bare)) return null;
  const [token = "", ...pin] = bare.split("-");
  if (!token || !knownToken(token, acceptKeys)) return e1(rid, 401, simText(req, "token.invalid"));
  if (pin.length > 0) return e1(rid, 403, "普通用户不支持指定渠道");
  return null;
}
