import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { openSqliteStore } from "@/lib/server/shares/sqlite-store";
import { tempDir } from "./helpers";

const tmp = tempDir("shares-crash-");
afterAll(() => tmp.remove());

// kill -9 in the middle of a burst of writes: every id the writer printed (its insert had returned)
// must read back after the restart. synchronous=FULL makes that hold even if the machine itself died.
it("keeps every acknowledged share after the writer is killed mid-burst", async () => {
  const file = path.join(tmp.dir, "shares.db");
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", path.join(import.meta.dirname, "crash-writer.ts"), file],
    { stdio: ["ignore", "pipe", "pipe"], cwd: path.resolve(import.meta.dirname, "../..") },
  );
  const acknowledged: string[] = [];
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString();
  });
  let buffered = "";
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on("exit", (_code, signal) => resolve(signal)),
  );
  await new Promise<void>((resolve, reject) => {
    child.on("exit", () => reject(new Error(`writer exited early: ${stderr}`)));
    child.stdout.on("data", (d: Buffer) => {
      buffered += d.toString();
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) if (line !== "ready") acknowledged.push(line);
      // Killed while writes are in flight: the writer never pauses between inserts.
      if (acknowledged.length >= 300) {
        child.kill("SIGKILL");
        resolve();
      }
    });
  });
  expect(await exited).toBe("SIGKILL");

  const store = openSqliteStore(file);
  try {
    const missing: string[] = [];
    for (const id of acknowledged) if (!(await store.get(id))) missing.push(id);
    expect(missing).toEqual([]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(300);
  } finally {
    await store.close();
  }
});
