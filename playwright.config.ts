import { resolve } from "node:path";
import { defineConfig, devices } from "@playwright/test";

// e2e runs against the production build (`next build` first; scripts/test-all.mjs does it):
// - "demo": the app with its embedded simulator, exactly what a newcomer gets;
// - "remote": the app pointed at the standalone simulator over HTTP, as at a real gateway.
// E2E_PORT_BASE lets a second checkout run its suite beside this one without port clashes.
const base = Number(process.env.E2E_PORT_BASE ?? 3100);
export const ports = { demo: base, remote: base + 1, sim: base + 1010 } as const;
/** Specs that only look at pages of the demo app (no simulator log checks). */
const uiOnlySpecs = /(a11y|small-screens|keyboard|locale)\.spec\.ts$/;
/** Specs that check the standalone simulator's request log. */
const simLogSpecs = /(chat-console|compare|remote-upstream|videos)\.spec\.ts$/;
const simEnv = { SIM_FIRST_TOKEN_MS: "150", SIM_TOKENS_PER_SEC: "80", SIM_VIDEO_SECONDS: "4" };
/**
 * The app servers: `next start` on the build, or, with E2E_STANDALONE_DIR (a folder assembled by
 * `node scripts/standalone-app.mjs --assemble-only --out DIR`), `node server.js` from exactly the
 * files the container image holds.
 */
const standaloneDir = process.env.E2E_STANDALONE_DIR;
const appServer = (port: number, env: Record<string, string>) => ({
  ...(standaloneDir
    ? {
        command: "node server.js",
        cwd: standaloneDir,
        // The share store where `next start` keeps it (specs read ./data/shares.db).
        env: { ...env, PORT: String(port), DATA_DIR: resolve("data") },
      }
    : { command: `npx next start -p ${port}`, env }),
  url: `http://localhost:${port}/api/health`,
  reuseExistingServer: false,
  timeout: 60_000,
});

/** Debian's Chromium, headless, no sandbox, no background networking. */
const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  },
};

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["json", { outputFile: "test-results/e2e.json" }]] : "list",
  use: {
    baseURL: `http://localhost:${ports.demo}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  // Two lanes at once. The specs that read the standalone simulator's /__sim/log assume one request at
  // a time there, so they always run one by one in their lane. In the full run the other lane takes the
  // page-only specs (axe, small screens, keyboard, locale); the canary-key run (scripts/canary-run.mjs,
  // E2E_LANES=canary) leaves those out and gives the other lane the remaining demo-app specs instead.
  // Keeps CI inside its 20 minutes.
  workers: 2,
  projects:
    process.env.E2E_LANES === "canary"
      ? [
          { name: "chromium", testMatch: simLogSpecs, workers: 1, use: chromium },
          { name: "demo", testIgnore: [simLogSpecs, uiOnlySpecs], workers: 1, use: chromium },
        ]
      : [
          { name: "chromium", testIgnore: uiOnlySpecs, workers: 1, use: chromium },
          { name: "ui", testMatch: uiOnlySpecs, workers: 1, use: chromium },
        ],
  webServer: [
    {
      command: `npx tsx lib/sim/cli.ts`,
      env: { ...simEnv, SIM_PORT: String(ports.sim) },
      url: `http://127.0.0.1:${ports.sim}/__sim/log`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    appServer(ports.demo, simEnv),
    appServer(ports.remote, { APIGO_BASE_URL: `http://127.0.0.1:${ports.sim}` }),
  ],
});
