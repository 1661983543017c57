// The request interceptor (Next 16 "proxy", formerly middleware): a fresh CSP nonce and the security
// headers for every page. Not for /api (see lib/server/security-headers.ts) or build assets.
import { type NextRequest, NextResponse } from "next/server";
import { createNonce, pageSecurityHeaders } from "@/lib/server/security-headers";

export function proxy(request: NextRequest): NextResponse {
  const nonce = createNonce();
  // NODE_ENV is a build-time constant Next inlines, not runtime configuration (that is lib/env.ts).
  const headers = pageSecurityHeaders(request.nextUrl.pathname, nonce, {
    dev: process.env.NODE_ENV === "development",
  });
  const csp = headers["content-security-policy"] ?? "";
  // Next reads the nonce from the request's CSP header and stamps it on its own scripts while rendering.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [
    {
      // No exception for the icons: skipping `favicon.ico` or `icon.svg` as prefixes served Next's 404
      // page for `/favicon.ico/x` and `/icon.svgx` (and for `/favicon.ico` itself: there is none)
      // without any of the headers; the icon gets them too, which costs nothing.
      source: "/((?!api/|_next/static/|_next/image).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
