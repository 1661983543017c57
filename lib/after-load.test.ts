import { describe, expect, it, vi } from "vitest";
import { chunkLoader } from "./after-load";

describe("chunkLoader", () => {
  it("fetches once and shares the result", async () => {
    const fetch = vi.fn(async () => "chunk");
    const chunk = chunkLoader(fetch);
    expect(chunk.loaded()).toBeUndefined();
    const [a, b] = await Promise.all([chunk.load(), chunk.load()]);
    expect([a, b, chunk.loaded()]).toEqual(["chunk", "chunk", "chunk"]);
    await chunk.load();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it("tries a failed fetch again on the next call", async () => {
    const fetch = vi.fn().mockRejectedValueOnce(new Error("offline")).mockResolvedValueOnce("chunk");
    const chunk = chunkLoader<string>(fetch);
    await expect(chunk.load()).rejects.toThrow("offline");
    expect(chunk.loaded()).toBeUndefined();
    await expect(chunk.load()).resolves.toBe("chunk");
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
