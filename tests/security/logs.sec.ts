// Runs last (see vitest.config.ts): after every other case has pushed keys through the servers, none of
// them may appear in a server's output, in the share store's files or in the built client bundle.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { secrets } from "./servers";

const needles = [
  secrets.userKey.slice(3),
  secrets.teamKey.slice(3),
  secrets.accessCode,
  "simStartupKey7a1f00",
];

function files(dir: string): string[] {
  let out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    const st = statSync(full);
    if (st.isDirectory()) out = out.concat(files(full));
    else out.push(full);
  }
  return out;
}

function hits(paths: string[]): string[] {
  const found: string[] = [];
  for (const f of paths) {
    const text = readFileSync(f).toString("latin1");
    for (const n of needles) if (text.includes(n)) found.push(`${n.slice(0, 6)}… in ${f}`);
  }
  return found;
}

describe("secrets after the suite", () => {
  it("appear in no server output (stdout and stderr of every server)", () => {
    const logs = Object.values(inject("logs"));
    expect(logs.length).toBeGreaterThanOrEqual(5);
    expect(hits(logs)).toEqual([]);
  });

  it("appear in no file of the share store's data folder", () => {
    expect(hits(files(inject("dataDir")))).toEqual([]);
  });

  it("appear nowhere in the built client bundle", () => {
    const dist = path.resolve(process.env.NEXT_DIST_DIR || ".next", "static");
    const all = files(dist);
    expect(all.length).toBeGreaterThan(10);
    expect(hits(all)).toEqual([]);
  });
});
