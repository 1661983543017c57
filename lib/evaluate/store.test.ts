import "fake-indexeddb/auto";
import { describe, expect, it, vi } from "vitest";
import { createRunStore } from "./persist";
import { createEvalStore } from "./store";
import { simFetch, testRun } from "./test-helpers";
import { cellKey } from "./types";

// The typed prices (compare's persisted store) are read beside the gateway's: a storage for them,
// there before the modules are.
vi.hoisted(() => {
  const typed = new Map<string, string>();
  vi.stubGlobal("localStorage", {
    getItem: (key: string) => typed.get(key) ?? null,
    setItem: (key: string, value: string) => void typed.set(key, value),
    removeItem: (key: string) => void typed.delete(key),
  });
});

let dbCount = 0;
const freshDb = () => createRunStore(`test-evaluate-${++dbCount}`);

function idle(store: ReturnType<typeof createEvalStore>): Promise<void> {
  return new Promise((resolve) => {
    if (!store.getState().running) return resolve();
    const off = store.subscribe((s) => {
      if (!s.running) {
        off();
        resolve();
      }
    });
  });
}

async function started(db = freshDb(), fetch = simFetch().fetch) {
  const store = createEvalStore({ runStore: db, fetch });
  await store.getState().hydrate();
  store.getState().loadRun(testRun());
  return store;
}

describe("useEvalStore: a run against the simulator", () => {
  it("fills cases × columns with streamed replies, metrics and grades", async () => {
    const sim = simFetch();
    const store = await started(freshDb(), sim.fetch);
    store.getState().runAll();
    await idle(store);
    const { cells } = store.getState().run;
    expect(Object.keys(cells)).toHaveLength(6);
    for (const cell of Object.values(cells)) {
      expect(cell.status).toBe("done");
      expect(cell.text.length).toBeGreaterThan(20);
      expect(cell.usage?.output).toBeGreaterThan(0);
      expect(cell.totalMs).toBeGreaterThanOrEqual(0);
      expect(cell.grades).toEqual([
        expect.objectContaining({
          kind: "contains",
          pass: true,
          code: "contains",
          reason: expect.stringContaining("Contains"),
        }),
      ]);
    }
    expect(cells[cellKey("c2", "b")]?.text).toContain("go");
    // The Messages column went to /v1/messages with the Anthropic headers; variables were filled.
    const messages = sim.requests.filter((r) => r.url === "/api/apigo/v1/messages");
    expect(messages).toHaveLength(3);
    expect(messages[0]?.headers.get("anthropic-version")).toBe("2023-06-01");
    expect(messages[0]?.body).toMatchObject({ max_tokens: 1024, stream: true });
    const chat = sim.requests.filter((r) => r.url === "/api/apigo/v1/chat/completions");
    expect(chat.map((r) => (r.body.messages as { content: string }[])[0]?.content).sort()).toEqual([
      "Tell me about go",
      "Tell me about rust",
      "Tell me about zig",
    ]);
  });

  it("a reload keeps finished cells and runs only the rest", async () => {
    const db = freshDb();
    const first = await started(db);
    const run = testRun();
    const done = { status: "done" as const, text: "kept reply about rust", retries: 0 };
    first.getState().loadRun({
      ...run,
      cells: { "c1:a": done, "c1:b": { status: "running", text: "half", retries: 0 } },
    });
    await db.save({ run: first.getState().run, active: true });
    // The saved cell that was streaming comes back queued, and the active run resumes.
    const sim = simFetch();
    const second = createEvalStore({ runStore: db, fetch: sim.fetch });
    await second.getState().hydrate();
    expect(second.getState().running).toBe(true);
    await idle(second);
    expect(sim.requests).toHaveLength(5);
    const cells = second.getState().run.cells;
    expect(cells["c1:a"]).toEqual(done);
    expect(Object.values(cells).every((c) => c.status === "done")).toBe(true);
  });

  it("Stop aborts every request: partial text kept, marked stopped; Run all finishes later", async () => {
    const slow = simFetch({ firstTokenMs: 0, tokensPerSecond: 200 });
    const store = await started(freshDb(), slow.fetch);
    store.getState().setLimits({ concurrency: 2 });
    store.getState().runAll();
    await new Promise((r) => setTimeout(r, 250));
    store.getState().stop();
    await idle(store);
    const cells = Object.values(store.getState().run.cells);
    expect(cells.filter((c) => c.status === "stopped").length).toBeGreaterThanOrEqual(4);
    expect(cells.some((c) => c.status === "stopped" && c.text.length > 0)).toBe(true);
    expect(slow.requests.length).toBeLessThanOrEqual(4);
  });

  it("a 429 is retried and counted", async () => {
    const sim = simFetch();
    let calls = 0;
    const flaky: typeof fetch = async (input, init) => {
      calls++;
      if (calls <= 2) return new Response('{"error":{"message":"rate limited"}}', { status: 429 });
      return sim.fetch(input, init);
    };
    const store = createEvalStore({ runStore: freshDb(), fetch: flaky, retryBaseMs: 5 });
    await store.getState().hydrate();
    store
      .getState()
      .loadRun(
        testRun({ cases: [{ id: "c1", vars: { topic: "x" } }], columns: testRun().columns.slice(0, 1) }),
      );
    store.getState().rerunCell("c1:a");
    await idle(store);
    expect(store.getState().run.cells["c1:a"]).toMatchObject({ status: "done", retries: 2 });
  });

  it("gives up after the retries with the gateway's error kept", async () => {
    const always429: typeof fetch = async () =>
      new Response('{"error":{"message":"您已达到请求数限制"}}', { status: 429 });
    const store = createEvalStore({ runStore: freshDb(), fetch: always429, retryBaseMs: 1 });
    await store.getState().hydrate();
    store.getState().loadRun(testRun());
    store.getState().rerunCell("c1:a");
    await idle(store);
    expect(store.getState().run.cells["c1:a"]).toMatchObject({
      status: "error",
      retries: 4,
      error: { status: 429, message: "您已达到请求数限制" },
    });
  });

  it("a rubric grader asks its own model through the proxy, without the column's vendor", async () => {
    const sim = simFetch();
    const store = createEvalStore({ runStore: freshDb(), fetch: sim.fetch });
    await store.getState().hydrate();
    const run = testRun({ cases: [{ id: "c1", vars: { topic: "rust" } }] });
    store.getState().loadRun({
      ...run,
      columns: run.columns.slice(1),
      graders: [{ kind: "rubric", value: "On topic?", model: "gpt-4o" }],
    });
    store.getState().runAll();
    await idle(store);
    const grading = sim.requests.find((r) => r.body.model === "gpt-4o");
    expect(grading?.url).toBe("/api/apigo/v1/chat/completions");
    expect(grading?.headers.get("vendor")).toBeNull();
    expect(JSON.stringify(grading?.body.messages)).toContain("<rubric>\\nOn topic?\\n</rubric>");
    // The simulator follows the score format, as a grading model does.
    expect(store.getState().run.cells["c1:b"]?.grades?.[0]).toMatchObject({
      kind: "rubric",
      reason: expect.stringMatching(/^[2-5]\/5 \(pass at 4\): .*simulated grade/),
    });
  });

  it("a reply cut off before its end marker is an error, its text kept and not graded", async () => {
    const sim = simFetch();
    const store = createEvalStore({ runStore: freshDb(), fetch: sim.fetch });
    await store.getState().hydrate();
    const run = testRun({ cases: [{ id: "c1", vars: { topic: "rust [sim:drop]" } }] });
    store.getState().loadRun(run);
    store.getState().runAll();
    await idle(store);
    for (const key of ["c1:a", "c1:b"]) {
      const cell = store.getState().run.cells[key];
      expect(cell).toMatchObject({ status: "error", error: { code: "incomplete" } });
      expect(cell?.text.length).toBeGreaterThan(0);
      expect(cell?.grades).toBeUndefined();
    }
  });
});

describe("useEvalStore: costs", () => {
  it("prices a cell with the gateway's list it is given (when the user typed no price)", async () => {
    const store = createEvalStore({
      runStore: freshDb(),
      fetch: simFetch().fetch,
      gatewayPrices: () => ({
        "gpt-4o-mini": { kind: "call", perCall: 0.25, modelPrice: 0.25, groupRatio: 1 },
      }),
    });
    await store.getState().hydrate();
    store.getState().loadRun(testRun());
    store.getState().runAll();
    await idle(store);
    const { cells } = store.getState().run;
    expect(cells[cellKey("c1", "a")]?.cost).toBe(0.25);
    expect(cells[cellKey("c1", "b")]?.cost).toBeUndefined();
  });
});
