#!/usr/bin/env node
// The canary-key run: the whole e2e suite with a recognisable key preset in every browser context
// (E2E_CANARY_KEY, see e2e/security-canary.ts), then a search for that key in everything it must not
// reach: the servers' stdout and stderr (Playwright prints them with DEBUG=pw:webserver), any log file
// and the share store under DATA_DIR, the built client bundle (<dist>/static), and rendered pages.
// Pass: zero hits, and the suite ran. Test failures of the suite itself are listed but do not decide.
// Needs a build (`next build`, folder from NEXT_DIST_DIR). Exit 1 on any hit.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const dist = process.env.NEXT_DIST_DIR || ".next";
const canary = `sk-simCanary${randomBytes(12).toString("hex")}`;
const needles = [canary, canary.slice(3), encodeURIComponent(canary), Buffer.from(canary).toString("base64")];
const work = mkdtempSync(path.join(tmpdir(), "apigo-canary-"));
// The app's share store and any log files: where the e2e servers write them (the share spec edits
// ./data/shares.db directly, so the run keeps the default folder).
const dataDir = path.resolve(process.env.DATA_DIR || "data");
const serverLog = path.join(work, "playwright-and-servers.log");
const report = path.join(work, "e2e.json");

function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

function search(label, paths) {
  const hits = [];
  for (const f of paths) {
    const text = readFileSync(f).toString("latin1");
    for (const n of needles) if (text.includes(n)) hits.push(`${label}: ${f}`);
  }
  console.info(`  ${label}: ${paths.length} file(s) searched, ${hits.length} hit(s)`);
  return hits;
}

console.info(`canary key: sk-simCanary… (${canary.length} chars), work folder ${work}`);
const out = createWriteStream(serverLog);
const env = {
  ...process.env,
  CI: "1",
  DEBUG: "pw:webserver",
  E2E_CANARY_KEY: canary,
  E2E_LANES: "canary",
  PLAYWRIGHT_JSON_OUTPUT_NAME: report,
};
// Three tests assert the keyless demo state, which the preset key changes on purpose: left out here.
const keyless = "shows the demo badge|a bad key gives a clear 401|without a key the app says";
// Specs that only check the page itself (axe, small screens, keyboard, locale) send nothing a key
// would travel with that the other specs do not: left out to keep CI inside its time budget.
const uiOnly = new Set(["a11y.spec.ts", "small-screens.spec.ts", "keyboard.spec.ts", "locale.spec.ts"]);
const specs = readdirSync("e2e").filter((f) => f.endsWith(".spec.ts") && !uiOnly.has(f));
const pw = spawn(
  "npx",
  ["playwright", "test", "--reporter=list,json", "--grep-invert", keyless, ...specs.map((f) => `e2e/${f}`)],
  {
    env,
    stdio: ["ignore", "pipe", "pipe"],
  },
);
pw.stdout.pipe(out);
pw.stderr.pipe(out);
pw.stdout.pipe(process.stdout);
const code = await new Promise((r) => pw.on("exit", r));
out.end();

let stats;
try {
  stats = JSON.parse(readFileSync(report, "utf8")).stats;
} catch {
  stats = undefined;
}

// Rendered pages, fetched with the canary in the key cookie from a server of the same build.
const port = Number(process.env.CANARY_PORT ?? 7290);
const app = spawn("npx", ["next", "start", "-p", String(port)], {
  stdio: "ignore",
  detached: true,
});
const pagesDir = mkdtempSync(path.join(work, "pages-"));
try {
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const cookie = `apigo_key=${encodeURIComponent(canary)}`;
  const { writeFileSync } = await import("node:fs");
  for (const p of ["/chat", "/messages", "/images", "/videos", "/compare", "/api/session"]) {
    const text = await (await fetch(`http://127.0.0.1:${port}${p}`, { headers: { cookie } })).text();
    writeFileSync(path.join(pagesDir, `${p.replaceAll("/", "_")}.html`), text);
  }
} finally {
  if (app.pid) process.kill(-app.pid, "SIGTERM");
}

console.info("\nsearching for the canary:");
const hits = [
  ...search("server and test-runner output", [serverLog]),
  ...search("share store and log files (DATA_DIR)", files(dataDir)),
  ...search(`client bundle (${dist}/static)`, files(path.join(dist, "static"))),
  ...search("rendered pages", files(pagesDir)),
];
const gitLogs = spawnSync("git", ["ls-files", "-o", "--exclude-standard", "*.log"], { encoding: "utf8" });
hits.push(...search("untracked *.log files in the checkout", gitLogs.stdout.split("\n").filter(Boolean)));

const ran = stats ? stats.expected + stats.unexpected + stats.flaky : 0;
console.info(
  `\ne2e under the canary key: exit ${code}, ${stats?.expected ?? 0} passed, ${stats?.unexpected ?? 0} failed, ${stats?.skipped ?? 0} skipped`,
);
console.info(`canary hits: ${hits.length}`);
for (const h of hits) console.error(`  HIT ${h}`);
process.exit(hits.length === 0 && ran > 0 ? 0 : 1);
