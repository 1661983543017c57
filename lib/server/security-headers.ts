import "server-only";

// Response headers for every page (set by the root proxy.ts). API routes get `nosniff` from
// next.config.mjs instead: running proxy.ts on /api would make Next buffer request bodies in memory
// (proxyClientMaxBodySize) and cut uploads above 10 MB, and an API reply is never rendered as a page.

export interface PolicyOptions {
  /** `next dev` needs eval (React's error overlay) and a websocket for hot reload; production never. */
  dev: boolean;
}

/** A fresh, unguessable nonce per page view (128 random bits). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

export function contentSecurityPolicy(nonce: string, opts: PolicyOptions): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    // Nonce-based: Next stamps the nonce on its own scripts, `strict-dynamic` lets them load chunks.
    // No 'unsafe-inline' for scripts, and no 'unsafe-eval' outside `next dev`.
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(opts.dev ? ["'unsafe-eval'"] : [])],
    // React and the virtualized lists set inline `style` attributes, which a nonce cannot cover; inline
    // styles cannot run code, so 'unsafe-inline' is accepted here (and only here).
    ["style-src", "'self'", "'unsafe-inline'"],
    // A real gateway serves generated images and videos from its CDN (https:); blob: for uploads and
    // downloads; data: for inline thumbnails. Markdown images in model output are still only loaded when
    // the user asks (the renderer's rule, not the CSP's).
    ["img-src", "'self'", "blob:", "data:", "https:"],
    ["media-src", "'self'", "blob:", "https:"],
    ["font-src", "'self'", "data:"],
    // Every request goes through our own proxy: the browser talks to no other origin.
    ["connect-src", "'self'", ...(opts.dev ? ["ws:"] : [])],
    ["worker-src", "'self'", "blob:"],
    ["manifest-src", "'self'"],
    ["frame-src", "'none'"],
    ["frame-ancestors", "'none'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
  ];
  return directives.map((d) => d.join(" ")).join("; ");
}

/** Share pages are opened from links people post: they tell nothing about themselves to the next site. */
export function isSharePage(pathname: string): boolean {
  return pathname === "/s" || pathname.startsWith("/s/");
}

export const PERMISSIONS_POLICY = [
  "camera=()",
  "microphone=()",
  "geolocation=()",
  "payment=()",
  "usb=()",
  "serial=()",
  "bluetooth=()",
  "hid=()",
  "midi=()",
  "magnetometer=()",
  "gyroscope=()",
  "accelerometer=()",
  "display-capture=()",
  "browsing-topics=()",
  // The video player may go full screen; nothing embedded may.
  "fullscreen=(self)",
].join(", ");

/** Every security header of a page response, keyed by lower-case name. */
export function pageSecurityHeaders(
  pathname: string,
  nonce: string,
  opts: PolicyOptions,
): Record<string, string> {
  return {
    "content-security-policy": contentSecurityPolicy(nonce, opts),
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": isSharePage(pathname) ? "no-referrer" : "strict-origin-when-cross-origin",
    "permissions-policy": PERMISSIONS_POLICY,
    "cross-origin-opener-policy": "same-origin",
  };
}

/** Static headers for API routes (next.config.mjs mirrors these; a test keeps the two in step). */
export const API_SECURITY_HEADERS: Record<string, string> = {
  "x-content-type-options": "nosniff",
  "content-security-policy":
    "default-src 'none'; img-src 'self'; media-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
};
