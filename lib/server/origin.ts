import "server-only";
import { isIP } from "node:net";
import { hostname } from "node:os";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

/**
 * The app's own origin as the browser sees it. Behind a TLS-terminating proxy the forwarded headers
 * win; a cross-site page cannot set them on a browser request without a CORS preflight we never grant.
 */
export function appOrigin(req: Request): string {
  const url = new URL(req.url);
  const proto = req.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || url.protocol.replace(":", "");
  const host =
    req.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || req.headers.get("host") || url.host;
  return `${proto}://${host}`;
}

export function isHttps(req: Request): boolean {
  return appOrigin(req).startsWith("https://");
}

function isLocalName(host: string): boolean {
  const name = host.replace(/^\[|\]$/g, "").toLowerCase();
  return name === "localhost" || isIP(name) !== 0 || name === hostname().toLowerCase();
}

/**
 * Whose pages may send state-changing requests: ALLOWED_ORIGINS when set; otherwise the app's own
 * origin, but only when it is named by localhost, an IP address or this machine's name. Comparing with
 * the request's own Host alone lets DNS rebinding through: a page on attacker.example whose name
 * resolves to this server sends `Origin` and `Host` that agree. A deployment reached by a DNS name
 * lists it in ALLOWED_ORIGINS.
 */
export function isAllowedOrigin(origin: string, req: Request): boolean {
  const listed = env().ALLOWED_ORIGINS;
  if (listed) return listed.split(",").some((o) => o.trim().replace(/\/+$/, "") === origin);
  if (origin !== appOrigin(req)) return false;
  try {
    return isLocalName(new URL(origin).hostname);
  } catch {
    return false;
  }
}

/** State-changing requests from a browser must come from our own pages; SDKs and curl send no Origin. */
export function assertSameOrigin(req: Request): void {
  const origin = req.headers.get("origin");
  if (origin === null) return;
  if (!isAllowedOrigin(origin, req)) {
    throw new AppError("forbidden_origin", "This request came from another site and was refused");
  }
}
