#!/usr/bin/env node
// What the container image runs, without Docker: copies exactly the files the Dockerfile's final stage
// copies (its `COPY --from=build` lines, read from the Dockerfile itself, so the two cannot drift) from
// the current build into a folder, and starts `node server.js` there.
//   node scripts/standalone-app.mjs [--out DIR] [--port 3000] [--assemble-only]   (after `next build`;
//   Ctrl+C stops it; --assemble-only copies and exits, for E2E_STANDALONE_DIR in playwright.config.ts)
// Used by scripts/standalone-smoke.mjs (CI) and bench/load-streams.mjs --instances 2.
import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DIST = process.env.NEXT_DIST_DIR || ".next";

/** The final stage's `COPY --from=build <src> <dest>` pairs: src below the build WORKDIR, dest below /app. */
export function dockerfileCopies(dockerfile = path.join(ROOT, "Dockerfile")) {
  const lines = readFileSync(dockerfile, "utf8").split("\n");
  const buildDir = /^WORKDIR\s+(\S+)/m.exec(readFileSync(dockerfile, "utf8"))?.[1] ?? "/src";
  const copies = [];
  for (const line of lines) {
    const m = /^COPY\s+--from=build\s+(?:--\S+\s+)*(\S+)\s+(\S+)\s*$/.exec(line.trim());
    if (!m) continue;
    const [, src = "", dest = ""] = m;
    if (!src.startsWith(`${buildDir}/`))
      throw new Error(`Dockerfile copies from outside ${buildDir}: ${line}`);
    // The build folder is the checkout; `.next` is wherever this build put its output (NEXT_DIST_DIR).
    const rel = src.slice(buildDir.length + 1).replace(/^\.next(?=\/|$)/, DIST);
    copies.push({ from: path.join(ROOT, rel), to: dest.replace(/^\.\/\.next(?=\/|$)/, `./${DIST}`) });
  }
  if (copies.length === 0) throw new Error("no COPY --from=build line in the Dockerfile");
  return copies;
}

/** Copies what the image holds into `target` (a new temp folder by default); returns the folder. */
export function assembleStandalone(target = mkdtempSync(path.join(tmpdir(), "apigo-standalone-"))) {
  if (!existsSync(path.join(ROOT, DIST, "standalone", "server.js")))
    throw new Error(`no ${DIST}/standalone/server.js: run \`next build\` first (output: "standalone")`);
  for (const { from, to } of dockerfileCopies()) cpSync(from, path.join(target, to), { recursive: true });
  return target;
}

/**
 * Starts `node server.js` in `dir` on `port` as the image's CMD does (NODE_ENV=production, no
 * node_modules beyond the traced ones), waits until /api/health answers. `stop(signal)` resolves with
 * the exit code once the process is gone.
 */
export async function startStandalone({ dir, port, env = {}, log = "ignore" }) {
  const child = spawn(process.execPath, ["server.js"], {
    cwd: dir,
    env: { ...process.env, NODE_ENV: "production", HOSTNAME: "127.0.0.1", PORT: String(port), ...env },
    stdio: ["ignore", log, log],
  });
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server.js on ${port} exited (${child.exitCode})`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`server.js on ${port} did not come up`);
    await sleep(200);
  }
  return {
    url,
    pid: child.pid,
    exited,
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      out: { type: "string" },
      port: { type: "string", default: "3000" },
      "assemble-only": { type: "boolean", default: false },
    },
  });
  const dir = assembleStandalone(values.out);
  console.info(`Standalone app in ${dir}`);
  if (values["assemble-only"]) process.exit(0);
  const app = await startStandalone({ dir, port: Number(values.port), log: "inherit" });
  console.info(`Listening on ${app.url} (Ctrl+C stops it)`);
  const stop = async () => {
    await app.stop();
    if (!values.out) rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
