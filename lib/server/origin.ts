import "server-only";
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

/** State-changing requests from a browser must come from our own pages; SDKs and curl send no Origin. */
export function assertSameOrigin(req: Request): void {
  const origin = req.headers.get("origin");
  if (origin === null) return;
  if (origin !== appOrigin(req)) {
    throw new AppError("forbidden_origin", "This request came from another site and was refused");
  }
}
