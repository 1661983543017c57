#!/usr/bin/env node
// The canary-key scan. scripts/test-all.mjs runs the whole e2e suite once with a recognisable key
// (E2E_CANARY_KEY, see e2e/security-canary.ts) preset in every browser context, as if each user had
// saved it, so every request of the suite carries it through the proxy. Then this script searches for
// that key in everything the app writes or serves:
// - the servers' stdout and stderr (one file each under E2E_SERVER_LOGS, see playwright.config.ts);
// - the share store and any log file under DATA_DIR, untracked *.log files in the checkout;
// - the built client bundle (<dist>/static);
// - rendered pages, fetched with the key in its cookie from a server of the same build;
// - the test runner's own output (CANARY_RUNNER_LOG), with request headers redacted first: Playwright
//   prints the headers of a failed request (cookie included), which is the runner's dump, not a leak;
//   anything else there (a page's text, an upstream body, a server line) still counts.
// Exit 1 on any hit. Usage: E2E_CANARY_KEY=… CANARY_RUNNER_LOG=file node scripts/canary-scan.mjs
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const canary = process.env.E2E_CANARY_KEY;
if (!canary) {
  console.error("canary-scan: E2E_CANARY_KEY is not set (scripts/test-all.mjs sets it for the e2e run)");
  process.exit(2);
}
const dist = process.env.NEXT_DIST_DIR || ".next";
const needles = [canary, canary.slice(3), encodeURIComponent(canary), Buffer.from(canary).toString("base64")];
const work = mkdtempSync(path.join(tmpdir(), "apigo-canary-"));
const dataDir = path.resolve(process.env.DATA_DIR || "data");
const serverLogs = path.resolve(process.env.E2E_SERVER_LOGS || "test-logs/servers");

function files(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

/** Request headers as Playwright prints them in a call log or an error: `cookie: …`, `authorization: …`. */
const requestHeader = /(?<![\w-])(cookie|authorization|x-api-key)(["']?\s*[:=]\s*)[^\n]*/gi;
function redactRequestHeaders(text) {
  return text.replace(requestHeader, "$1$2[redacted by canary-scan]");
}

function search(label, paths, prepare = (t) => t) {
  const hits = [];
  for (const f of paths) {
    const text = prepare(readFileSync(f).toString("latin1"));
    for (const n of needles) if (text.includes(n)) hits.push(`${label}: ${f}`);
  }
  console.info(`  ${label}: ${paths.length} file(s) searched, ${hits.length} hit(s)`);
  return hits;
}

/** Pages rendered with the key in its cookie, by a server of the same build on CANARY_PORT. */
async function renderPages() {
  const port = Number(process.env.CANARY_PORT ?? 7290);
  const app = spawn("npx", ["next", "start", "-p", String(port)], {
    stdio: "ignore",
    detached: true,
    // A key is saved: without this it would go to https://api.apigo.ai, and CI has no network.
    env: { ...process.env, APIGO_BASE_URL: "simulator" },
  });
  const pagesDir = mkdtempSync(path.join(work, "pages-"));
  try {
    for (let i = 0; i < 480; i++) {
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const cookie = `apigo_key=${encodeURIComponent(canary)}`;
    for (const p of ["/chat", "/messages", "/images", "/videos", "/compare", "/api/session"]) {
      const text = await (await fetch(`http://127.0.0.1:${port}${p}`, { headers: { cookie } })).text();
      writeFileSync(path.join(pagesDir, `${p.replaceAll("/", "_")}.html`), text);
    }
  } finally {
    if (app.pid) process.kill(-app.pid, "SIGTERM");
  }
  return files(pagesDir);
}

console.info(`searching for the canary key sk-simCanary… (${canary.length} chars):`);
const runnerLog = process.env.CANARY_RUNNER_LOG;
const gitLogs = spawnSync("git", ["ls-files", "-o", "--exclude-standard", "*.log"], { encoding: "utf8" });
const hits = [
  ...search("servers' stdout and stderr", files(serverLogs)),
  ...search(
    "test runner output, request headers redacted",
    runnerLog ? [runnerLog] : [],
    redactRequestHeaders,
  ),
  ...search("share store and log files (DATA_DIR)", files(dataDir)),
  ...search(`client bundle (${dist}/static)`, files(path.join(dist, "static"))),
  ...search("rendered pages", await renderPages()),
  ...search("untracked *.log files in the checkout", gitLogs.stdout.split("\n").filter(Boolean)),
];
if (!runnerLog) console.info("  (no CANARY_RUNNER_LOG given: the runner's output was not searched)");
if (files(serverLogs).length === 0) hits.push(`no server log under ${serverLogs}: the scan saw nothing`);
console.info(`canary hits: ${hits.length}`);
for (const h of hits) console.error(`  HIT ${h}`);
process.exit(hits.length === 0 ? 0 : 1);
