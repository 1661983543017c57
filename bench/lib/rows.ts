// Turns the collected per-run figures into the printed table, with the issue's targets checked.
import type { ExternalResult } from "../parts/external";
import type { Row, Runs } from "./report";
import type { Spread } from "./stats";
import type { TargetName } from "./targets";

const ALL: TargetName[] = ["direct", "pipe", "bare", "ours"];
const SERVERS: TargetName[] = ["pipe", "bare", "ours"];
const RANGE: TargetName[] = ["direct", "pipe", "bare", "pull", "ours"];

function per(runs: Runs, key: string, names = ALL): Row["cells"] {
  const cells: Row["cells"] = {};
  for (const n of names) {
    const s = runs.get(`${n}.${key}`);
    if (s) cells[n] = s;
  }
  return cells;
}

function check(s: Spread | undefined, ok: (v: number) => boolean): boolean | undefined {
  return s && s.runs > 0 ? ok(s.median) : undefined;
}

export function overheadRows(runs: Runs, runCount: number, requests: number): Row[] {
  const section = `Proxy overhead (median [min..max] of ${runCount} run(s); p50/p99 over ${requests} requests per target per run)`;
  const row = (figure: string, unit: string, key: string, names = ALL): Row => ({
    section,
    figure,
    unit,
    cells: per(runs, key, names),
  });
  const target = (r: Row, text: string, ok: (v: number) => boolean): Row => ({
    ...r,
    target: text,
    met: check(r.cells.ours, ok),
  });
  return [
    row("non-stream TTFB p50", "ms", "ttfb.p50"),
    row("non-stream TTFB p99", "ms", "ttfb.p99"),
    row("non-stream total p50", "ms", "total.p50"),
    row("non-stream total p99", "ms", "total.p99"),
    row("  added TTFB p50 (vs direct)", "ms", "added.ttfb.p50", SERVERS),
    row("  added total p50", "ms", "added.total.p50", SERVERS),
    row("  added total p99", "ms", "added.total.p99", SERVERS),
    row("stream TTFT p50", "ms", "ttft.p50"),
    row("stream TTFT p99", "ms", "ttft.p99"),
    target(row("  added TTFT p50 (vs direct)", "ms", "added.ttft.p50", SERVERS), "< 4", (v) => v < 4),
    row("  added TTFT p99", "ms", "added.ttft.p99", SERVERS),
    row("chunk lag under load p50", "ms", "chunkLag.p50"),
    row("chunk lag under load p99", "ms", "chunkLag.p99"),
    row("  added per-chunk delay p50", "ms", "added.chunkLag.p50", SERVERS),
    row("  added per-chunk delay p99", "ms", "added.chunkLag.p99", SERVERS),
    target(row("chunks lost", "count", "chunksLost"), "0", (v) => v === 0),
    target(row("streams reordered/unfinished", "count", "streamsReordered"), "0", (v) => v === 0),
    target(
      row("server CPU per request (non-stream)", "ms", "cpuPerRequest", SERVERS),
      "< 2.2",
      (v) => v < 2.2,
    ),
    row("server CPU per streamed request (3 tokens)", "ms", "cpuPerStream", SERVERS),
    target(row("server CPU per 1,000 chunks", "ms", "cpuPer1000Chunks", SERVERS), "< 70", (v) => v < 70),
    // The machine-independent form of the targets: no costlier than the bare route in the same run.
    target(
      row("ours vs bare: added TTFT p50 difference", "ms", "vsBare.ttft.p50", ["ours"]),
      "<= 0",
      (v) => v <= 0,
    ),
    target(row("ours / bare: CPU per request", "x", "vsBare.cpuPerRequest", ["ours"]), "<= 1", (v) => v <= 1),
    target(
      row("ours / bare: CPU per 1,000 chunks", "x", "vsBare.cpuPer1000Chunks", ["ours"]),
      "<= 1",
      (v) => v <= 1,
    ),
  ];
}

export function throughputRows(
  runs: Runs,
  runCount: number,
  o: { clients: number; streams: number; open: number },
): Row[] {
  const section = `Throughput and memory (median [min..max] of ${runCount} run(s))`;
  const row = (figure: string, unit: string, key: string, names = ALL): Row => ({
    section,
    figure,
    unit,
    cells: per(runs, key, names),
  });
  const zero = (r: Row): Row => ({ ...r, target: "0", met: check(r.cells.ours, (v) => v === 0) });
  return [
    row(`requests/s at ${o.clients} concurrent clients`, "req/s", "rps"),
    row("  latency p99 at that load", "ms", "rpsLatency.p99"),
    zero(row("  failed requests", "count", "rpsFailed")),
    row(`${o.streams} concurrent streams: lag p50`, "ms", "streams.lag.p50"),
    row("  lag p99", "ms", "streams.lag.p99"),
    row("  lag max", "ms", "streams.lag.max"),
    zero(row("  chunks lost", "count", "streams.lost")),
    zero(row("  streams reordered/unfinished", "count", "streams.reordered")),
    row("20 MiB MP4, one Range request", "MB/s", "range.whole", RANGE),
    {
      ...row("  / direct", "x", "range.whole.ratio", RANGE),
      target: ">= 0.9",
      met: check(runs.get("ours.range.whole.ratio"), (v) => v >= 0.9),
    },
    row("20 MiB MP4, 1 MiB Range requests", "MB/s", "range.1MiB", RANGE),
    {
      ...row("  / direct", "x", "range.1MiB.ratio", RANGE),
      target: ">= 0.9",
      met: check(runs.get("ours.range.1MiB.ratio"), (v) => v >= 0.9),
    },
    // "bare" and "pull" are one process (their downloads take turns, so each is counted alone).
    row("  server CPU per MiB relayed (both kinds)", "ms", "range.cpuPerMiB", [
      "pipe",
      "bare",
      "pull",
      "ours",
    ]),
    row("server RSS at rest", "MB", "rss.rest", SERVERS),
    row(`server RSS peak, ${o.open} open streams`, "MB", "rss.open", SERVERS),
    row("  of which completed", "count", "rss.openCompleted", SERVERS),
    row("server RSS after they closed (+3 s)", "MB", "rss.after", SERVERS),
  ];
}

export interface PageWeightRow {
  path: string;
  status: number;
  budget: number;
  runs: {
    wireKbAtLoad: number;
    rawKbAtLoad: number;
    jsFilesAtLoad: number;
    encodingsAtLoad: Record<string, number>;
    wireKbAtIdle: number;
  }[];
}

const ISSUE_LIMIT_KB: Record<string, number> = { "/chat": 250 };

export function pageWeightRows(rows: readonly PageWeightRow[], spreadOf: (v: number[]) => Spread): Row[] {
  const section = "Page weight (JavaScript received before the load event, on the wire, in Chromium)";
  return rows.map((r) => {
    const s = spreadOf(r.runs.map((x) => x.wireKbAtLoad));
    const first = r.runs[0];
    // The issue's own target for the chat page; the CI budget for every page.
    const limit = Math.min(r.budget, ISSUE_LIMIT_KB[r.path] ?? Number.POSITIVE_INFINITY);
    return {
      section,
      figure: `${r.path} JS on the wire`,
      unit: "kB",
      cells: { ours: s },
      target: `<= ${limit}`,
      met: r.status === 200 && s.median <= limit,
      note: first
        ? `CI budget ${r.budget} kB; ${first.jsFilesAtLoad} files (${Object.entries(first.encodingsAtLoad)
            .map(([k, n]) => `${n} ${k}`)
            .join(
              ", ",
            )}), ${first.rawKbAtLoad.toFixed(1)} kB decoded; by network idle ${first.wireKbAtIdle.toFixed(1)} kB; status ${r.status}`
        : undefined,
    };
  });
}

// The issue's UI targets, checked on the median of the repeats.
const UI_TARGETS: Record<string, { text: string; ok: (v: number) => boolean }> = {
  longTasks: { text: "0", ok: (v) => v === 0 },
  longestTaskMs: { text: "<= 50", ok: (v) => v <= 50 },
  totalBlockingTimeMs: { text: "< 300", ok: (v) => v < 300 },
  fps: { text: ">= 55", ok: (v) => v >= 55 },
};

export function externalRows(results: readonly ExternalResult[], spreadOf: (v: number[]) => Spread): Row[] {
  const section = "UI streaming and galleries (in headless Chromium, against the demo app)";
  const rows: Row[] = [];
  for (const r of results) {
    rows.push({
      section,
      figure: `bench/${r.name}`,
      unit: "",
      cells: {},
      note:
        r.status === "missing"
          ? "not present in this checkout: skipped"
          : `${r.status} (exit ${r.exitCodes.join(", ")}); log ${r.log}`,
    });
    for (const [k, values] of Object.entries(r.figures).slice(0, 24)) {
      const s = spreadOf(values);
      const t = UI_TARGETS[k];
      rows.push({
        section,
        figure: `  ${k}`,
        unit: "",
        cells: { all: s },
        ...(t ? { target: t.text, met: t.ok(s.median) } : {}),
      });
    }
  }
  return rows;
}
