// Share links benchmark: create and read latency (p50, p99) with 50 concurrent clients, on the SQLite
// store and (when TEST_DATABASE_URL or DATABASE_URL is set) the Postgres store. Calls the route
// handlers in-process, so each create includes body parsing, the schema, the secret scan and the
// durable write; HTTP and Next's own overhead are not in the figures.
//
//   node --conditions=react-server --import tsx bench/shares.ts [--clients 50] [--ops 20]
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";

const { values: args } = parseArgs({
  options: { clients: { type: "string", default: "50" }, ops: { type: "string", default: "20" } },
});
const CLIENTS = Number(args.clients);
const OPS = Number(args.ops);

process.env.SHARE_RATE_PER_MIN = "0";
const { POST } = await import("../app/api/shares/route");
const { GET } = await import("../app/api/shares/[id]/route");
const { resetEnvForTests } = await import("../lib/env");
const { resetShareStoreForTests } = await import("../lib/server/shares/index");
const { chatSnapshot } = await import("../tests/shares/fixtures");

const body = JSON.stringify({
  snapshot: { ...chatSnapshot, system: "x".repeat(4000) },
  expiresIn: "7d",
});

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)] ?? Number.NaN;
}
const summary = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  return { n: s.length, p50: +percentile(s, 50).toFixed(2), p99: +percentile(s, 99).toFixed(2) };
};

async function run(store: string) {
  await resetShareStoreForTests();
  const create: number[] = [];
  const read: number[] = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      for (let i = 0; i < OPS; i++) {
        let t = performance.now();
        const res = await POST(
          new Request("http://localhost/api/shares", {
            method: "POST",
            headers: { "content-type": "application/json", "x-forwarded-for": `10.1.0.${client}` },
            body,
          }),
        );
        create.push(performance.now() - t);
        if (res.status !== 201) throw new Error(`create answered ${res.status}: ${await res.text()}`);
        const { id } = (await res.json()) as { id: string };
        t = performance.now();
        const got = await GET(new Request(`http://localhost/api/shares/${id}`), {
          params: Promise.resolve({ id }),
        });
        await got.arrayBuffer();
        read.push(performance.now() - t);
        if (got.status !== 200) throw new Error(`read answered ${got.status}`);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  await resetShareStoreForTests();
  return {
    store,
    clients: CLIENTS,
    create: summary(create),
    read: summary(read),
    opsPerSec: Math.round((2 * CLIENTS * OPS) / seconds),
  };
}

const results = [];
const dir = mkdtempSync(path.join(tmpdir(), "bench-shares-"));
process.env.DATA_DIR = dir;
delete process.env.DATABASE_URL;
resetEnvForTests();
results.push(await run("sqlite"));
rmSync(dir, { recursive: true, force: true });

const pgUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
if (pgUrl) {
  // A schema of its own, dropped afterwards.
  const schema = `bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const scoped = new URL(pgUrl);
  scoped.searchParams.set("options", `-c search_path=${schema}`);
  process.env.DATABASE_URL = scoped.toString();
  resetEnvForTests();
  try {
    results.push(await run("postgres"));
  } finally {
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  }
} else {
  console.warn("postgres: skipped (set TEST_DATABASE_URL, e.g. $(bash scripts/ensure-postgres.sh))");
}

console.info(`share links, ${CLIENTS} concurrent clients × ${OPS} create+read each (ms)`);
for (const r of results) {
  console.info(
    `${r.store.padEnd(8)} create p50 ${r.create.p50} p99 ${r.create.p99} | read p50 ${r.read.p50} p99 ${r.read.p99} | ${r.opsPerSec} ops/s`,
  );
}
mkdirSync("bench/results", { recursive: true });
writeFileSync(
  "bench/results/shares.json",
  `${JSON.stringify({ at: new Date().toISOString(), results }, null, 2)}\n`,
);
