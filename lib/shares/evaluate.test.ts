import { describe, expect, it } from "vitest";
import { defaultRun } from "@/lib/evaluate/store";
import { shareSnapshotSchema } from "@/lib/schemas/share";
import { evaluateSnapshotFrom, SHARED_REPLY_CHARS } from "./evaluate";

describe("evaluateSnapshotFrom", () => {
  it("keeps finished cells with replies cut to the cap, drops unfinished ones, and passes the share schema", () => {
    const run = {
      ...defaultRun(),
      cases: [{ id: "a", vars: { topic: "sea" } }],
      columns: [{ id: "x", label: "gpt-4o-mini", api: "chat" as const, model: "gpt-4o-mini" }],
      cells: {
        "a:x": { status: "done" as const, text: "w".repeat(SHARED_REPLY_CHARS + 50), retries: 0 },
        "a:y": { status: "running" as const, text: "partial", retries: 0 },
      },
    };
    const snapshot = evaluateSnapshotFrom(run);
    expect(snapshot?.title).toBe("Explain {{topic}} in two sentences.");
    expect(Object.keys(snapshot?.run.cells ?? {})).toEqual(["a:x"]);
    expect(snapshot?.run.cells["a:x"]?.text).toHaveLength(SHARED_REPLY_CHARS);
    expect(shareSnapshotSchema.safeParse(snapshot).success).toBe(true);
  });

  it("cuts a reply's tool calls like its text", () => {
    const call = { name: "get_weather", arguments: `{"city":"${"x".repeat(SHARED_REPLY_CHARS)}"}` };
    const run = {
      ...defaultRun(),
      cells: { "a:x": { status: "done" as const, text: "", toolCalls: Array(12).fill(call), retries: 0 } },
    };
    const calls = evaluateSnapshotFrom(run)?.run.cells["a:x"]?.toolCalls ?? [];
    expect(calls).toHaveLength(8);
    expect(calls[0]?.arguments).toHaveLength(SHARED_REPLY_CHARS);
    expect(calls[0]?.name).toBe("get_weather");
  });

  it("has nothing to share before a cell finished", () => {
    expect(evaluateSnapshotFrom(defaultRun())).toBeUndefined();
  });
});
