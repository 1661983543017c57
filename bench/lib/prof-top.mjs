// Summarises a V8 .cpuprofile: self time per function and per package/file, biggest first.
// Usage: node bench/lib/prof-top.mjs <file.cpuprofile> [rows]
import { readFileSync } from "node:fs";

const [file, rowsArg] = process.argv.slice(2);
if (!file) throw new Error("usage: node bench/lib/prof-top.mjs <file.cpuprofile> [rows]");
const rows = Number(rowsArg ?? 40);
const prof = JSON.parse(readFileSync(file, "utf8"));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = prof.timeDeltas;
for (let i = 0; i < prof.samples.length; i++) {
  self.set(prof.samples[i], (self.get(prof.samples[i]) ?? 0) + (dt[i] ?? 0));
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const fn = new Map();
const where = new Map();
for (const [id, us] of self) {
  const { callFrame: f } = byId.get(id);
  const url = f.url
    .replace(/^file:\/\//, "")
    .replace(/.*node_modules\//, "nm/")
    .replace(/.*\/\.next-[^/]+\//, "app/");
  const key = `${f.functionName || "(anon)"} ${url}:${f.lineNumber + 1}`;
  fn.set(key, (fn.get(key) ?? 0) + us);
  const pkg = url.startsWith("nm/")
    ? url
        .split("/")
        .slice(0, url.startsWith("nm/@") ? 3 : 2)
        .join("/")
    : url.split("/").slice(0, 3).join("/") || f.functionName;
  where.set(pkg, (where.get(pkg) ?? 0) + us);
}
const top = (m) =>
  [...m]
    .sort((a, b) => b[1] - a[1])
    .slice(0, rows)
    .map(
      ([k, us]) =>
        `${((us / total) * 100).toFixed(1).padStart(5)}% ${(us / 1000).toFixed(0).padStart(7)} ms  ${k}`,
    )
    .join("\n");
console.info(
  `total sampled ${(total / 1000).toFixed(0)} ms\n\n-- by package/file --\n${top(where)}\n\n-- by function --\n${top(fn)}`,
);
