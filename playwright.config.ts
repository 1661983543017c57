import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { lanes, slow } from "./e2e/machine";

// e2e runs against the production build (`next build` first; scripts/test-all.mjs does it):
// - "demo": the app with its embedded simulator, exactly what a newcomer gets;
// - "remote": the app pointed at the standalone simulator over HTTP, as at a real gateway.
// E2E_PORT_BASE lets a second checkout run its suite beside this one without port clashes.
const base = Number(process.env.E2E_PORT_BASE ?? 3100);
export const ports = { demo: base, remote: base + 1, unreachable: base + 2, sim: base + 1010 } as const;
const simEnv = { SIM_FIRST_TOKEN_MS: "150", SIM_TOKENS_PER_SEC: "80", SIM_VIDEO_SECONDS: "4" };
// Each server writes its stdout and stderr to its own file (E2E_SERVER_LOGS, default
// test-logs/servers): the canary-key scan (scripts/canary-scan.mjs) reads what the app itself
// printed apart from what the test runner printed.
const logDir = process.env.E2E_SERVER_LOGS ?? "test-logs/servers";
mkdirSync(logDir, { recursive: true });
// Absolute: the standalone server runs in its own folder.
const logged = (name: string, command: string) => `${command} >> "${resolve(logDir)}/${name}.log" 2>&1`;

/**
 * The app servers: `next start` on the build, or, with E2E_STANDALONE_DIR (a folder assembled by
 * `node scripts/standalone-app.mjs --assemble-only --out DIR`), `node server.js` from exactly the
 * files the container image holds.
 */
const standaloneDir = process.env.E2E_STANDALONE_DIR;
const appServer = (name: string, port: number, env: Record<string, string>) => ({
  ...(standaloneDir
    ? {
        command: logged(name, "node server.js"),
        cwd: standaloneDir,
        // The share store where `next start` keeps it (specs read ./data/shares.db).
        env: { ...env, PORT: String(port), DATA_DIR: resolve("data") },
      }
    : { command: logged(name, `npx next start -p ${port}`), env }),
  url: `http://localhost:${port}/api/health`,
  reuseExistingServer: false,
  timeout: slow(60_000),
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

/** The second lane's specs: they talk only to the demo app (its embedded simulator), never to the
 * standalone simulator, whose request log the first lane's specs read one request at a time. Chosen so
 * both lanes take about as long (the quiet 2-core run of 2026-12-07 07:54 summed 553 s of tests in the
 * first lane and 558 s in the second; since then axe checks two looks instead of four (about 55 s less
 * in the second) and the first gained the tool specs: file-import and media-inspect-undo move, about
 * 545 s each). The standalone smoke runs demo-chat and share in the first lane's project: they stay. */
const uiOnlySpecs =
  /\/(a11y|small-screens|keyboard|locale|messages|images|share-media|chat-engine-deferred|view-code-parity|layout-and-errors|keys|markdown-rendering|phone-header-composer|header-menu-deferred|prompts|file-import|media-inspect-undo)\.spec\.ts$/;
const lanesHere = lanes();

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  retries: 0,
  // Budgets written for a quiet 2-core machine, scaled by the measured machine factor (e2e/machine.ts).
  timeout: slow(60_000),
  expect: { timeout: slow(15_000) },
  reporter: process.env.CI ? [["list"], ["json", { outputFile: "test-results/e2e.json" }]] : "list",
  use: {
    baseURL: `http://localhost:${ports.demo}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    actionTimeout: slow(15_000),
    navigationTimeout: slow(30_000),
  },
  // Lanes follow the cores (e2e/machine.ts): two lanes on two cores or more, the page-only specs in
  // the second; one lane for everything on a single core.
  workers: lanesHere,
  projects:
    lanesHere > 1
      ? [
          { name: "chromium", testIgnore: uiOnlySpecs, workers: 1, use: chromium },
          { name: "ui", testMatch: uiOnlySpecs, workers: 1, use: chromium },
        ]
      : [{ name: "chromium", use: chromium }],
  webServer: [
    {
      command: logged("sim", "npx tsx lib/sim/cli.ts"),
      env: { ...simEnv, SIM_PORT: String(ports.sim) },
      url: `http://127.0.0.1:${ports.sim}/__sim/log`,
      reuseExistingServer: false,
      timeout: slow(60_000),
    },
    // Keyed requests would go to https://api.apigo.ai by default (every context holds a canary key):
    // the demo server forces the embedded simulator for everyone; CI has no network.
    appServer("demo", ports.demo, { ...simEnv, APIGO_BASE_URL: "simulator" }),
    appServer("remote", ports.remote, { APIGO_BASE_URL: `http://127.0.0.1:${ports.sim}` }),
    // A gateway that cannot be reached: a closed port (discard, 9, is served by nothing here).
    appServer("unreachable", ports.unreachable, { APIGO_BASE_URL: "http://127.0.0.1:9" }),
  ],
});
