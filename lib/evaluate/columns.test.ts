import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { requestOfCell } from "./cell-setup";
import { createRunStore } from "./persist";
import { createEvalStore } from "./store";
import { simFetch, testRun } from "./test-helpers";
import type { PromptSetup } from "./types";

let dbCount = 0;

async function storeWith(loadPrompt?: (id: string, n: number) => Promise<PromptSetup | undefined>) {
  const sim = simFetch();
  const store = createEvalStore({
    runStore: createRunStore(`test-columns-${++dbCount}`),
    fetch: sim.fetch,
    loadPrompt,
  });
  await store.getState().hydrate();
  return { store, sim };
}

const settled = (store: Awaited<ReturnType<typeof storeWith>>["store"]) =>
  new Promise<void>((resolve) => {
    const off = store.subscribe((s) => {
      if (!s.running) {
        off();
        resolve();
      }
    });
  });

describe("columns and graders", () => {
  it("a prompt-version column sends that version's text, with the case's variables", async () => {
    const version: PromptSetup = {
      api: "chat",
      model: "ignored-the-column-picks",
      system: "Answer as a pirate.",
      messages: [{ role: "user", content: "Say {{topic}} twice" }],
      params: { temperature: 0.2 },
    };
    const { store, sim } = await storeWith(async (id, n) => (id === "p1" && n === 2 ? version : undefined));
    const run = testRun({ cases: [{ id: "c1", vars: { topic: "ahoy" } }] });
    store.getState().loadRun({
      ...run,
      columns: [
        { id: "v2", label: "v2", api: "chat", model: "gpt-4o-mini", prompt: { id: "p1", n: 2 } },
        { id: "gone", label: "v9", api: "chat", model: "gpt-4o-mini", prompt: { id: "p1", n: 9 } },
      ],
    });
    store.getState().runAll();
    await settled(store);
    expect(sim.requests).toHaveLength(1);
    expect(sim.requests[0]?.body).toMatchObject({
      model: "gpt-4o-mini",
      temperature: 0.2,
      messages: [
        { role: "system", content: "Answer as a pirate." },
        { role: "user", content: "Say ahoy twice" },
      ],
    });
    expect(store.getState().run.cells["c1:gone"]).toMatchObject({
      status: "error",
      error: {
        code: "promptMissing",
        message: expect.stringMatching(/version 9 .* no longer in this browser's library/),
      },
    });
  });

  it("regradeAll applies changed graders to finished replies without new requests", async () => {
    const { store, sim } = await storeWith();
    store.getState().loadRun(testRun());
    store.getState().runAll();
    await settled(store);
    const requests = sim.requests.length;
    store.getState().setGraders([{ kind: "length", max: 5 }]);
    store.getState().regradeAll();
    await settled(store);
    expect(sim.requests).toHaveLength(requests);
    for (const cell of Object.values(store.getState().run.cells)) {
      expect(cell.grades).toEqual([
        expect.objectContaining({
          kind: "length",
          pass: false,
          reason: expect.stringMatching(/characters \(allowed 0–5\)$/),
        }),
      ]);
    }
  });

  it("requestOfCell is the exact request of a cell, for the Inspector and View code", async () => {
    const run = testRun();
    const request = await requestOfCell(run, "c2:b");
    expect(request?.url).toBe("/api/apigo/v1/messages");
    expect(request?.headers).toMatchObject({ "anthropic-version": "2023-06-01", vendor: "ClaudeCode" });
    expect(JSON.parse(request?.body ?? "{}").messages).toEqual([
      { role: "user", content: [{ type: "text", text: "Tell me about go" }] },
    ]);
    expect(await requestOfCell(run, "nope:b")).toBeUndefined();
  });

  it("loading another run mid-run drops what the replaced run's requests still report", async () => {
    const slow = simFetch({ firstTokenMs: 0, tokensPerSecond: 300 });
    const store = createEvalStore({
      runStore: createRunStore(`test-columns-${++dbCount}`),
      fetch: slow.fetch,
    });
    await store.getState().hydrate();
    store.getState().loadRun(testRun());
    store.getState().runAll();
    await new Promise((r) => setTimeout(r, 150));
    const shared = testRun({
      id: "shared",
      cells: { "c1:a": { status: "done", text: "from the share", retries: 0 } },
    });
    store.getState().loadRun(shared);
    await new Promise((r) => setTimeout(r, 300));
    expect(store.getState().run.cells).toEqual(shared.cells);
    expect(store.getState().running).toBe(false);
  });

  it("hydrate reads the saved run once, however often it is called", async () => {
    let loads = 0;
    const runStore = {
      load: async () => {
        loads++;
        return undefined;
      },
      save: async () => {},
      putCells: async () => {},
    };
    const store = createEvalStore({ runStore });
    await Promise.all([store.getState().hydrate(), store.getState().hydrate()]);
    expect(loads).toBe(1);
  });
});
