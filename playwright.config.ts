import { defineConfig, devices } from "@playwright/test";

// e2e runs against the production build (`next build` first; scripts/test-all.mjs does it):
// - "demo": the app with its embedded simulator, exactly what a newcomer gets;
// - "remote": the app pointed at the standalone simulator over HTTP, as at a real gateway.
// E2E_PORT_BASE lets a second checkout run its suite beside this one without port clashes.
const base = Number(process.env.E2E_PORT_BASE ?? 3100);
export const ports = { demo: base, remote: base + 1, sim: base + 1010 } as const;
const simEnv = { SIM_FIRST_TOKEN_MS: "150", SIM_TOKENS_PER_SEC: "80", SIM_VIDEO_SECONDS: "4" };

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["json", { outputFile: "test-results/e2e.json" }]] : "list",
  use: {
    baseURL: `http://localhost:${ports.demo}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
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
      },
    },
  ],
  webServer: [
    {
      command: `npx tsx lib/sim/cli.ts`,
      env: { ...simEnv, SIM_PORT: String(ports.sim) },
      url: `http://127.0.0.1:${ports.sim}/__sim/log`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx next start -p ${ports.demo}`,
      env: simEnv,
      url: `http://localhost:${ports.demo}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx next start -p ${ports.remote}`,
      env: { APIGO_BASE_URL: `http://127.0.0.1:${ports.sim}` },
      url: `http://localhost:${ports.remote}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
