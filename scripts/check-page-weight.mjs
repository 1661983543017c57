#!/usr/bin/env node
// Page-weight budget: loads each page of the built app in Chromium, sums the bytes of JavaScript the
// browser received before the load event (on the wire: compressed as `next start` sent it, headers
// included; kB of 1000 bytes), prints the figures and exits 1 when a page is over budget.
//   node scripts/check-page-weight.mjs                 starts `next start` from NEXT_DIST_DIR (.next)
//   node scripts/check-page-weight.mjs --url URL       measures an app that is already running
//   --json FILE  write the figures   --runs N  measure N times (median is checked)
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { measurePages } from "../bench/lib/page-weight.mjs";

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const budget = JSON.parse(readFileSync(new URL("../bench/page-weight-budget.json", import.meta.url), "utf8"));
const paths = Object.keys(budget.pages);
const runs = Math.max(1, Number(opt("--runs") ?? 1));

async function waitFor(url, child) {
  const until = Date.now() + 90_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${url} did not answer within 90 s`);
}

let server;
let base = opt("--url");
if (!base) {
  const port = process.env.PAGE_WEIGHT_PORT ?? "7150";
  base = `http://127.0.0.1:${port}`;
  // Demo mode (embedded simulator): the pages load exactly what a newcomer's browser loads.
  const env = { ...process.env, APIGO_BASE_URL: "simulator", APIGO_SERVER_KEY: "", ACCESS_CODE: "" };
  server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port], {
    env,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  await waitFor(`${base}/api/health`, server);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const measured = {};
try {
  for (let i = 0; i < runs; i++) {
    const once = await measurePages(base, paths);
    for (const [path, fig] of Object.entries(once)) {
      measured[path] = [...(measured[path] ?? []), fig];
    }
  }
} finally {
  if (server) process.kill(-server.pid, "SIGTERM");
}

const key = budget.measure;
const rows = paths.map((path) => {
  const list = measured[path] ?? [];
  const value = median(list.map((f) => f[key]));
  const status = list[0]?.status ?? 0;
  const ok = status === 200 && value <= budget.pages[path];
  return { path, status, value, budget: budget.pages[path], ok, runs: list };
});
console.info(
  `Page weight (${key}: JS received before the load event, on the wire, kB; median of ${runs} run(s))`,
);
const encodings = (e) =>
  Object.entries(e ?? {})
    .map(([k, n]) => `${n} ${k}`)
    .join(", ");
for (const r of rows) {
  const f = r.runs[0] ?? {};
  console.info(
    `${r.ok ? "ok  " : "OVER"} ${r.path.padEnd(10)} ${r.value.toFixed(1).padStart(7)} kB / budget ${r.budget} kB` +
      `  (${f.jsFilesAtLoad} files: ${encodings(f.encodingsAtLoad)}; ${f.rawKbAtLoad?.toFixed(1)} kB decoded; ` +
      `by network idle ${f.wireKbAtIdle?.toFixed(1)} kB; everything before load ${f.allWireKbAtLoad?.toFixed(1)} kB; ` +
      `HTML ${f.htmlWireKb?.toFixed(1)} kB ${f.htmlEncoding}; status ${r.status})`,
  );
}
const jsonOut = opt("--json");
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify({ measure: key, base, rows }, null, 2)}\n`);
const over = rows.filter((r) => !r.ok);
if (over.length > 0) {
  console.error(`Over budget or not loading: ${over.map((r) => r.path).join(", ")}`);
  process.exit(1);
}
