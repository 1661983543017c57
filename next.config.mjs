/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // A second build beside the main one (parallel e2e runs, benchmarks) can use its own folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // The container image (Dockerfile) runs .next/standalone/server.js: only the traced server files, no
  // node_modules folder to copy. `next start` (npm run demo, the e2e suite) still serves the same build;
  // it prints a warning that standalone output is meant for server.js, which is harmless here.
  output: "standalone",
  turbopack: {
    // Client bundles only: @ai-sdk/provider-utils imports zod 3 for a server-side step the browser never
    // runs; the stand-in keeps it out of the chat pages' JS. See lib/shims/zod-v3.browser.ts.
    resolveAlias: {
      "zod/v3": { browser: "./lib/shims/zod-v3.browser.ts" },
    },
  },
  // `next start` gzips what it serves when the browser asks (Next's `compression` middleware: gzip or
  // deflate, bodies of 1 kB and more, compressible types only, so never PNG/JPEG/WebP/MP4/woff2): pages,
  // JSON replies, JS and CSS chunks. It leaves alone any reply whose Cache-Control says no-transform:
  // the relayed SSE streams, compare's event stream, video bytes and every Range reply carry it, so
  // they reach the browser byte for byte and chunk by chunk as today (lib/server/headers.ts; a test in
  // tests/security/compression.sec.ts checks both sides).
  compress: true,
  // The simulator's MP4 clips are read from disk at run time by the route handlers.
  outputFileTracingIncludes: { "/api/**": ["./lib/sim/assets/**"] },
  async headers() {
    return [
      {
        // A Range request for a static file (send answers it with 206) is served byte for byte, never
        // gzipped: Content-Range counts the file's own bytes.
        source: "/_next/static/:path*",
        has: [{ type: "header", key: "range" }],
        headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable, no-transform" }],
      },
      {
        // Share links: never indexed, never cached, no referrer to the next site (issue #8).
        source: "/s/:path*",
        headers: [
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "Cache-Control", value: "no-store" },
        ],
      },
      {
        // Pages get their CSP and security headers from proxy.ts; API replies get these static ones
        // (proxy.ts stays off /api so that Next does not buffer upload bodies). Mirrors
        // API_SECURITY_HEADERS in lib/server/security-headers.ts (a test compares them).
        source: "/api/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          // Nothing under /api is a page; should an HTML page ever be served there (Next's 404 for an
          // unknown /api path), it runs no script and cannot be framed.
          {
            key: "Content-Security-Policy",
            value:
              "default-src 'none'; img-src 'self'; media-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
          },
        ],
      },
    ];
  },
};

export default nextConfig;
