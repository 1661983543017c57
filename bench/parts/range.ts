// Range throughput: a 20 MiB MP4 fetched with Range requests straight from a file upstream and
// through our proxy (GET /v1/videos/{id}/content), MB/s each way.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { call } from "../lib/http";
import { cpuMs } from "../lib/procs";
import type { Runs } from "../lib/report";

export const MP4_BYTES = 20 * 1024 * 1024;

/** A synthetic MP4 (ftyp box, then one mdat box of random bytes): incompressible, never committed. */
export function ensureMp4(file: string): void {
  if (existsSync(file) && statSync(file).size === MP4_BYTES) return;
  mkdirSync(dirname(file), { recursive: true });
  const ftyp = Buffer.from("0000001c667479706d703432000000006d7034326d703431697336", "hex");
  const ftypBox = Buffer.concat([ftyp, Buffer.alloc(28 - ftyp.length)]);
  const mdatHeader = Buffer.alloc(8);
  mdatHeader.writeUInt32BE(MP4_BYTES - ftypBox.length, 0);
  mdatHeader.write("mdat", 4, "latin1");
  const payload = randomBytes(MP4_BYTES - ftypBox.length - mdatHeader.length);
  writeFileSync(file, Buffer.concat([ftypBox, mdatHeader, payload]));
}

/** Downloads the whole file in `step`-byte ranges, one after another (as a media element does). */
async function download(url: string, step: number): Promise<number> {
  const start = performance.now();
  let got = 0;
  for (let from = 0; from < MP4_BYTES; from += step) {
    const to = Math.min(from + step, MP4_BYTES) - 1;
    const r = await call({ url, method: "GET", headers: { range: `bytes=${from}-${to}` } });
    if (r.status !== 206) throw new Error(`range ${from}-${to}: status ${r.status}`);
    got += r.bytes;
  }
  if (got !== MP4_BYTES) throw new Error(`range download: got ${got} of ${MP4_BYTES} bytes`);
  return MP4_BYTES / 1e6 / ((performance.now() - start) / 1000);
}

/**
 * `urls` maps a target name (direct first) to the content URL of the same file through that path;
 * `pids` the server process in front of it, whose CPU time per MiB is recorded too.
 */
export async function runRange(
  urls: Record<string, string>,
  repeats: number,
  runs: Runs,
  pids: Record<string, number> = {},
): Promise<void> {
  // A path that cannot serve the file (an experiment route missing from an old build) is left out.
  for (const [name, url] of Object.entries(urls)) {
    await download(url, 4 * 1024 * 1024).catch((err: unknown) => {
      console.warn(`Range via ${name} left out: ${err instanceof Error ? err.message : String(err)}`);
      delete urls[name];
    });
  }
  for (let i = 0; i < repeats; i++) {
    for (const [name, url] of Object.entries(urls)) {
      const pid = pids[name];
      const cpu0 = pid ? cpuMs(pid) : 0;
      runs.add(`${name}.range.whole`, await download(url, MP4_BYTES));
      runs.add(`${name}.range.1MiB`, await download(url, 1024 * 1024));
      // Both downloads: 40 MiB through the server. Unlike MB/s, barely moved by other load.
      if (pid) runs.add(`${name}.range.cpuPerMiB`, (cpuMs(pid) - cpu0) / ((2 * MP4_BYTES) / 2 ** 20));
    }
    for (const name of Object.keys(urls)) {
      if (name === "direct") continue;
      for (const kind of ["whole", "1MiB"]) {
        const ratio = runs.last(`${name}.range.${kind}`) / runs.last(`direct.range.${kind}`);
        runs.add(`${name}.range.${kind}.ratio`, ratio);
      }
    }
  }
}
