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
    // Client bundles only: `ai` imports the Vercel AI Gateway provider, and @ai-sdk/provider-utils zod 3,
    // for server-side steps the browser never runs; the stand-ins keep them (and a Buffer polyfill) out
    // of the chat pages' JS. See the comments in lib/shims/.
    resolveAlias: {
      "@ai-sdk/gateway": { browser: "./lib/shims/ai-gateway.browser.ts" },
      "zod/v3": { browser: "./lib/shims/zod-v3.browser.ts" },
    },
  },
  // Streams must reach the browser as the upstream sends them: never gzip proxied bodies.
  compress: false,
  // The simulator's MP4 clips are read from disk at run time by the route handlers.
  outputFileTracingIncludes: { "/api/**": ["./lib/sim/assets/**"] },
  async headers() {
    return [
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
