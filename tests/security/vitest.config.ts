import path from "node:path";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import { slow } from "../../e2e/machine.ts";

// The adversarial suite: runs against `next start` of an existing build (scripts/test-all.mjs builds
// first), so it is not part of the plain unit run. Files end in .sec.ts to stay out of that run.
class LogsLast extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const last = (f: TestSpecification) => (f.moduleId.endsWith("logs.sec.ts") ? 1 : 0);
    return sorted.sort((a, b) => last(a) - last(b));
  }
}

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname, "../..") } },
  test: {
    root: path.resolve(import.meta.dirname, "../.."),
    include: ["tests/security/**/*.sec.ts"],
    globalSetup: ["tests/security/global-setup.ts"],
    environment: "node",
    // Written for a quiet 2-core machine; scaled by the measured machine factor (e2e/machine.ts).
    testTimeout: slow(30_000),
    hookTimeout: slow(120_000),
    // One server set, one simulator log: files take turns so their log reads do not interleave.
    fileParallelism: false,
    sequence: { sequencer: LogsLast },
  },
});
