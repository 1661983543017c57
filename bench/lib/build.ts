import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// `next build` adds its build folder to the root tsconfig.json (and may touch next-env.d.ts); the
// bench's folders are already excluded there, so put those files back exactly as they were.
const GUARDED = ["tsconfig.json", "next-env.d.ts"];

export function nextBuild(label: string, distDir: string, logDir: string, dir?: string): void {
  const before = new Map(GUARDED.filter((f) => existsSync(f)).map((f) => [f, readFileSync(f, "utf8")]));
  const started = performance.now();
  console.info(`building ${label} into ${distDir} ...`);
  const args = ["node_modules/next/dist/bin/next", "build", ...(dir ? [dir] : [])];
  const r = spawnSync(process.execPath, args, {
    env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const log = join(logDir, `build-${distDir.replace(/^\./, "")}.log`);
  writeFileSync(log, `${r.stdout ?? ""}\n${r.stderr ?? ""}`);
  for (const [f, text] of before) if (readFileSync(f, "utf8") !== text) writeFileSync(f, text);
  if (r.status !== 0) {
    const tail = `${r.stdout ?? ""}${r.stderr ?? ""}`.trim().split("\n").slice(-25).join("\n");
    throw new Error(`next build of ${label} failed (exit ${r.status}); ${log}:\n${tail}`);
  }
  console.info(`built ${label} in ${Math.round((performance.now() - started) / 1000)} s`);
}

export function isBuilt(distDir: string): boolean {
  return existsSync(`${distDir}/BUILD_ID`);
}
