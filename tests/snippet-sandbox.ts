// Shared by the code-gen tests that run the snippets users copy (not shipped: only *.test.ts import it).
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll } from "vitest";
import { type SimServer, startSimServer } from "@/lib/sim/server";

export const execAsync = promisify(execFile);

/** Registers the file's hooks: a simulator to run against, and a scratch folder removed at the end. */
export function snippetSandbox(prefix: string) {
  let sim: SimServer | undefined;
  let dir = "";
  beforeAll(async () => {
    sim = await startSimServer({ firstTokenMs: 0, tokensPerSecond: 0, videoSeconds: 1, port: 0 });
    // Inside the project so that `import OpenAI from "openai"` resolves from node_modules.
    const cache = join(process.cwd(), "node_modules", ".cache");
    await mkdir(cache, { recursive: true });
    dir = await mkdtemp(join(cache, prefix));
  });
  afterAll(async () => {
    await sim?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  return {
    /** The simulator's origin, to put in place of the public base URL. */
    get url(): string {
      if (!sim) throw new Error("the simulator did not start");
      return sim.url;
    },
    /** Writes `code` to `name` in the scratch folder, runs `command ...args <file>`, returns its stdout. */
    async runFile(name: string, code: string, command: string, args: string[] = []): Promise<string> {
      const file = join(dir, name);
      await writeFile(file, code);
      const { stdout } = await execAsync(command, [...args, file], { cwd: process.cwd(), timeout: 60_000 });
      return stdout;
    },
  };
}
