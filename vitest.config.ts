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
    // "server-only" throws outside a React Server bundle; tests import server modules directly.
    alias: { "server-only": path.resolve(import.meta.dirname, "tests/server-only-stub.ts") },
  },
});
