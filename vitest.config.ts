import { availableParallelism } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";
import { slow } from "./e2e/machine.ts";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "app/**/*.test.ts", "components/**/*.test.ts", "tests/**/*.test.ts"],
    environment: "node",
    // Written for a quiet 2-core machine; scaled by the measured machine factor (e2e/machine.ts).
    testTimeout: slow(20_000),
    // Vitest runs (cores - 1) workers by default: a single one on a 2-core CI machine. These files
    // mostly wait (simulated streams, servers, PostgreSQL): 3 workers use the idle core time there
    // (issue #17: the step took 82.6 s with one worker on a quiet 2-core run).
    maxWorkers: Math.max(3, availableParallelism() - 1),
    // "server-only" throws outside a React Server bundle; tests import server modules directly.
    alias: { "server-only": path.resolve(import.meta.dirname, "tests/server-only-stub.ts") },
  },
});
