import "server-only";
import { isHttps } from "./origin";

export const KEY_COOKIE = "apigo_key";
export const ACCESS_COOKIE = "apigo_access";
export const COOKIE_MAX_AGE_S = 30 * 24 * 60 * 60;

export function readCookie(req: Request, name: string): string | undefined {
  const header = req.headers.get("cookie");
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() !== name) continue;
    const value = part.slice(eq + 1).trim();
    try {
      return decodeURIComponent(value);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** HttpOnly + SameSite=Strict + Path=/api: page scripts never see it and other sites never send it. */
export function setCookieHeader(req: Request, name: string, value: string): string {
  const secure = isHttps(req) ? "; Secure" : "";
  return `${name}=${encodeURIComponent(value)}; Path=/api; Max-Age=${COOKIE_MAX_AGE_S}; HttpOnly; SameSite=Strict${secure}`;
}

export function clearCookieHeader(req: Request, name: string): string {
  const secure = isHttps(req) ? "; Secure" : "";
  return `${name}=; Path=/api; Max-Age=0; HttpOnly; SameSite=Strict${secure}`;
}
