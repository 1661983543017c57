import { e1 } from "./errors";

const SIM_KEY = /^(sk-)?sim[A-Za-z0-9_]*$/;

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

/** Returns an E1 error response, or null when the key is accepted. */
export function checkAuth(
  req: Request,
  path: string,
  rid: string,
  acceptKeys: readonly string[],
): Response | null {
  const key = extractKey(req, path);
  const zh = (req.headers.get("accept-language") ?? "").toLowerCase().startsWith("zh");
  const invalid = () => e1(rid, 401, zh ? "无效的令牌" : "Invalid token");
  if (!key) return invalid();
  const bare = normalise(key);
  if (acceptKeys.some((k) => normalise(k) === bare)) return null;
  if (bare.includes("-")) return e1(rid, 403, "普通用户不支持指定渠道");
  if (bare === "demo" || SIM_KEY.test(key) || SIM_KEY.test(bare)) return null;
  return invalid();
}
