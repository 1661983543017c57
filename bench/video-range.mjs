// Video Range throughput (issue #18): what a player gets when it reads ranges of a finished video.
//
//   node bench/video-range.mjs [--requests 100] [--concurrency 4] [--mib 20] [--range-kib 1024]
//
// Needs the build (`next build`; NEXT_DIST_DIR picks another). Starts, on BENCH_PORT (default 7696)
// and the next ports: a file server that answers Range (direct), one that ignores it as new-api's
// VideoProxy does (controller/video_proxy.go), and `next start` twice, once in front of each. Prints,
// per case, requests/s and the useful MiB/s (bytes of the asked ranges) for random ranges of the file:
//   direct             the Range-serving file server itself (the floor)
//   proxy, passthrough our proxy in front of it: the upstream's 206 relayed
//   proxy, cache       our proxy in front of the server that ignores Range: 206 from the disk cache
//   direct, no Range   the server that ignores Range itself: every range costs the whole file
//                      (what a player got through the proxy before the cache)
// plus the one fill of the cache (the first request). Everything is stopped at the end.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import path from "node:path";
import { startNextServer } from "./lib/next-server.mjs";

const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};
const REQUESTS = arg("requests", 100);
const CONCURRENCY = arg("concurrency", 4);
const MIB = arg("mib", 20);
const RANGE = arg("range-kib", 1024) * 1024;
const base = Number(process.env.BENCH_PORT ?? 7696);
const ports = { serving: base + 1, ignoring: base + 2, appServing: base, appCache: base + 3 };
const KEY = "sk-bench-video-range-0001";
const SIZE = MIB * 1024 * 1024;

const cache = path.resolve("bench/.cache");
mkdirSync(cache, { recursive: true });
const file = path.join(cache, `video-range-${MIB}mib.mp4`);
if (!existsSync(file)) writeFileSync(file, randomBytes(SIZE));

const children = [];
function fileServer(port, extra = []) {
  const child = spawn(process.execPath, ["bench/servers/range-files.mjs", String(port), file, ...extra], {
    stdio: "ignore",
  });
  children.push(() => child.kill("SIGTERM"));
}

/** One GET; resolves with the status, the body's byte count and the time to the last byte. */
function get(url, range) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const headers = { authorization: `Bearer ${KEY}` };
    if (range) headers.range = range;
    const req = request(url, { headers }, (res) => {
      let bytes = 0;
      res.on("data", (c) => {
        bytes += c.length;
      });
      res.on("end", () => resolve({ status: res.statusCode, bytes, ms: performance.now() - started }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

async function ready(url) {
  for (let i = 0; i < 200; i++) {
    try {
      await get(url, "bytes=0-0");
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`${url} did not come up`);
}

async function measure(url, expected) {
  let next = 0;
  let useful = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < REQUESTS) {
      next++;
      const start = Math.floor(Math.random() * (SIZE - RANGE));
      const r = await get(url, `bytes=${start}-${start + RANGE - 1}`);
      if (r.status !== expected) throw new Error(`${url}: ${r.status}, expected ${expected}`);
      useful += Math.min(RANGE, r.bytes);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  return { rps: REQUESTS / seconds, mibps: useful / 1024 / 1024 / seconds };
}

const path1 = "/v1/videos/video_bench/content";
const appPath = "/api/apigo/v1/videos/video_bench/content";
try {
  fileServer(ports.serving);
  fileServer(ports.ignoring, ["--ignore-range"]);
  const direct = `http://127.0.0.1:${ports.serving}${path1}`;
  const directIgnoring = `http://127.0.0.1:${ports.ignoring}${path1}`;
  await ready(direct);
  await ready(directIgnoring);
  const appA = await startNextServer({
    port: ports.appServing,
    env: { APIGO_BASE_URL: `http://127.0.0.1:${ports.serving}` },
  });
  children.push(appA.stop);
  const appB = await startNextServer({
    port: ports.appCache,
    env: { APIGO_BASE_URL: `http://127.0.0.1:${ports.ignoring}` },
  });
  children.push(appB.stop);
  const fill = await get(`${appB.url}${appPath}`, "bytes=0-1023");
  if (fill.status !== 206) throw new Error(`cache fill answered ${fill.status}`);
  await get(`${appA.url}${appPath}`, "bytes=0-1023");
  const rows = [
    ["direct", await measure(direct, 206)],
    ["proxy, passthrough", await measure(`${appA.url}${appPath}`, 206)],
    ["proxy, cache", await measure(`${appB.url}${appPath}`, 206)],
    ["direct, no Range", await measure(directIgnoring, 200)],
  ];
  console.info(
    `Range reads of ${RANGE / 1024} KiB from a ${MIB} MiB video, ${REQUESTS} requests, ${CONCURRENCY} at a time`,
  );
  console.info(`cache fill (first request, whole file fetched and stored): ${fill.ms.toFixed(0)} ms`);
  console.info("case                 req/s    useful MiB/s");
  for (const [name, r] of rows) {
    console.info(`${name.padEnd(20)} ${r.rps.toFixed(1).padStart(6)}  ${r.mibps.toFixed(1).padStart(10)}`);
  }
} finally {
  for (const stop of children) {
    try {
      stop();
    } catch {}
  }
}
