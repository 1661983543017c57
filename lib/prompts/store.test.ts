import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import type { PromptSetup } from "./schema";
import { promptVersionsMax } from "./schema";
import { createPromptStore } from "./store";

let dbCount = 0;
let clock = 1000;
const freshStore = () => createPromptStore(`test-prompts-${++dbCount}`, () => ++clock);

const setup = (content: string, extra: Partial<PromptSetup> = {}): PromptSetup => ({
  api: "chat",
  model: "gpt-4o-mini",
  system: "Be brief.",
  messages: [{ role: "user", content }],
  params: { temperature: 0.2, max_tokens: 100 },
  ...extra,
});

describe("prompt store (IndexedDB)", () => {
  it("creates a prompt with version 1", async () => {
    const store = freshStore();
    const { prompt, n, changed } = await store.save({ name: " Summary ", setup: setup("Sum up {{text}}") });
    expect([n, changed, prompt.name]).toEqual([1, true, "Summary"]);
    expect(await store.get(prompt.id)).toEqual(prompt);
  });

  it("adds a version only when the setup changed (key order does not count)", async () => {
    const store = freshStore();
    const first = await store.save({ name: "P", setup: setup("a") });
    const same = await store.save({
      id: first.prompt.id,
      name: "P",
      setup: { ...setup("a"), params: { max_tokens: 100, temperature: 0.2 } },
    });
    expect([same.n, same.changed, same.prompt.versions.length]).toEqual([1, false, 1]);
    const next = await store.save({ id: first.prompt.id, name: "P2", setup: setup("b") });
    expect([next.n, next.changed, next.prompt.name]).toEqual([2, true, "P2"]);
    const stored = await store.get(first.prompt.id);
    expect(stored?.versions.map((v) => [v.n, v.setup.messages[0]?.content])).toEqual([
      [1, "a"],
      [2, "b"],
    ]);
    expect(stored?.versions[1]?.savedAt).toBeGreaterThan(stored?.versions[0]?.savedAt ?? 0);
  });

  it("lists the most recently saved first and deletes", async () => {
    const store = freshStore();
    const a = await store.save({ name: "A", setup: setup("a") });
    const b = await store.save({ name: "B", setup: setup("b") });
    await store.save({ id: a.prompt.id, name: "A", setup: setup("a2") });
    expect((await store.list()).map((p) => p.name)).toEqual(["A", "B"]);
    await store.delete(b.prompt.id);
    expect((await store.list()).map((p) => p.name)).toEqual(["A"]);
  });

  it("keeps the newest versions past the cap, numbers not reused", async () => {
    const store = freshStore();
    const { prompt } = await store.save({ name: "P", setup: setup("0") });
    for (let i = 1; i <= promptVersionsMax + 2; i++)
      await store.save({ id: prompt.id, name: "P", setup: setup(`${i}`) });
    const stored = await store.get(prompt.id);
    expect(stored?.versions.length).toBe(promptVersionsMax);
    expect(stored?.versions[0]?.n).toBe(4);
    expect(stored?.versions.at(-1)?.n).toBe(promptVersionsMax + 3);
  });

  it("refuses a setup that breaks the schema", async () => {
    const store = freshStore();
    await expect(store.save({ name: "P", setup: setup("a", { vendor: "bad vendor!" }) })).rejects.toThrow();
    expect(await store.list()).toEqual([]);
  });

  it("imports with fresh ids and skips a prompt already stored", async () => {
    const store = freshStore();
    const { prompt } = await store.save({ name: "P", setup: setup("a") });
    const other = { ...prompt, id: "x1", name: "Q" };
    expect(await store.importAll([prompt, other, other])).toHaveLength(1);
    const list = await store.list();
    expect(list.map((p) => p.name).sort()).toEqual(["P", "Q"]);
    expect(list.find((p) => p.name === "Q")?.id).not.toBe("x1");
  });
});
