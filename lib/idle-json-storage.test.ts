import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { idleJSONStorage } from "./idle-json-storage";

function memoryStorage() {
  const map = new Map<string, string>();
  const setItem = vi.fn((key: string, value: string) => void map.set(key, value));
  const storage = {
    getItem: (key: string) => map.get(key) ?? null,
    setItem,
    removeItem: (key: string) => void map.delete(key),
  } as unknown as Storage;
  return { map, setItem, storage };
}

describe("idleJSONStorage", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("writes later, once for a burst of writes, the latest value; reads see it before", () => {
    const { map, setItem, storage } = memoryStorage();
    const idle = idleJSONStorage<{ n: number }>(() => storage);
    idle?.setItem("k", { state: { n: 1 }, version: 1 });
    idle?.setItem("k", { state: { n: 2 }, version: 1 });
    expect(setItem).not.toHaveBeenCalled();
    expect(idle?.getItem("k")).toEqual({ state: { n: 2 }, version: 1 });
    vi.runAllTimers();
    expect(setItem).toHaveBeenCalledTimes(1);
    expect(JSON.parse(map.get("k") ?? "")).toEqual({ state: { n: 2 }, version: 1 });
    idle?.setItem("k", { state: { n: 3 }, version: 1 });
    vi.runAllTimers();
    expect(JSON.parse(map.get("k") ?? "")).toEqual({ state: { n: 3 }, version: 1 });
  });

  it("a removal drops the pending write", () => {
    const { map, storage } = memoryStorage();
    const idle = idleJSONStorage<{ n: number }>(() => storage);
    idle?.setItem("k", { state: { n: 1 }, version: 1 });
    idle?.removeItem("k");
    vi.runAllTimers();
    expect(map.has("k")).toBe(false);
  });

  it("is undefined where there is no storage (server render), as createJSONStorage", () => {
    expect(
      idleJSONStorage(() => {
        throw new Error("no localStorage");
      }),
    ).toBeUndefined();
  });
});
