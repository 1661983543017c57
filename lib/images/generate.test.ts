import { describe, expect, it, vi } from "vitest";
import { BASE, testSim } from "@/lib/sim/test-helpers";
import { defaultImageParams } from "./form-store";
import { runImageBatch, withRequestId } from "./generate";
import { imagesEndpoint } from "./request";

// The simulator stands in for the proxy and the image host: the same bytes a browser would get.
function simFetch(options: { corsBlocked?: boolean } = {}) {
  const sim = testSim();
  const calls: { url: string; init?: RequestInit }[] = [];
  const fetchImpl = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push({ url, init });
    if (url === imagesEndpoint) {
      const headers = { ...(init?.headers as Record<string, string>), authorization: "Bearer sk-demo" };
      return sim.handle(new Request(`${BASE}/v1/images/generations`, { ...init, headers }));
    }
    if (options.corsBlocked) throw new TypeError("Failed to fetch");
    return sim.handle(new Request(url, { signal: init?.signal ?? null }));
  });
  return { fetch: fetchImpl as unknown as typeof fetch, calls };
}

const params = { ...defaultImageParams, prompt: "a lighthouse", model: "dall-e-2", size: "256x256", n: 2 };

describe("runImageBatch", () => {
  it("stores b64_json images as their exact bytes, with size and type", async () => {
    const sim = simFetch();
    const { batch, images } = await runImageBatch(params, { fetch: sim.fetch });
    expect(batch.error).toBeUndefined();
    expect(batch.requestId).toMatch(/^req_/);
    expect(images).toHaveLength(2);
    const direct = await testSim().handle(
      new Request(`${BASE}/v1/images/generations`, {
        method: "POST",
        headers: { authorization: "Bearer sk-demo", "content-type": "application/json" },
        body: JSON.stringify({
          model: "dall-e-2",
          prompt: "a lighthouse",
          n: 2,
          size: "256x256",
          response_format: "b64_json",
        }),
      }),
    );
    const expected = ((await direct.json()) as { data: { b64_json: string }[] }).data[0]?.b64_json ?? "";
    const blob = images[0]?.blob;
    if (!blob) throw new Error("no blob stored");
    const stored = Buffer.from(await blob.arrayBuffer()).toString("base64");
    expect(stored).toBe(expected);
    expect(images[0]?.meta).toMatchObject({
      index: 0,
      mime: "image/png",
      width: 256,
      height: 256,
      model: "dall-e-2",
    });
    expect(images[1]?.meta.index).toBe(1);
  });

  it("fetches url-mode images in the browser and keeps a link when the host refuses", async () => {
    const ok = simFetch();
    const fetched = await runImageBatch({ ...params, responseFormat: "url" }, { fetch: ok.fetch });
    expect(fetched.images.every((i) => i.blob && !i.meta.remoteUrl)).toBe(true);
    expect(ok.calls.filter((c) => c.url.includes("/files/images/"))).toHaveLength(2);

    const blocked = simFetch({ corsBlocked: true });
    const linked = await runImageBatch({ ...params, responseFormat: "url" }, { fetch: blocked.fetch });
    expect(linked.images.map((i) => i.blob)).toEqual([undefined, undefined]);
    expect(linked.images[0]?.meta.remoteUrl).toMatch(/^http:\/\/sim\.test\/files\/images\/.+\.png$/);
  });

  it("keeps dall-e-3's revised_prompt", async () => {
    const sim = simFetch();
    const { images } = await runImageBatch(
      { ...params, model: "dall-e-3", size: "1024x1792", n: 1 },
      { fetch: sim.fetch },
    );
    expect(images[0]?.meta.revisedPrompt).toBe("A detailed, vivid rendering of: a lighthouse");
    expect(images[0]?.meta).toMatchObject({ width: 1024, height: 1792 });
  });

  it("returns upstream errors as the batch outcome, with status and request id", async () => {
    const sim = simFetch();
    const bad = await runImageBatch({ ...params, size: "1024x1792" }, { fetch: sim.fetch });
    expect(bad.images).toEqual([]);
    expect(bad.batch.error).toMatchObject({ status: 500, code: "invalid_request" });
    expect(bad.batch.error?.message).toContain("size must be one of 256x256, 512x512 or 1024x1024");
    expect(bad.batch.requestId).toBeTruthy();

    const limited = await runImageBatch({ ...params, prompt: "x [sim:status=429]" }, { fetch: sim.fetch });
    // new-api sends no retry-after (middleware/model-rate-limit.go), so none is invented here.
    expect(limited.batch.error).toMatchObject({ status: 429 });
    expect(limited.batch.error?.retryAfterSeconds).toBeUndefined();
  });

  it("rethrows a cancel, and reports a network failure as status 0", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      runImageBatch(params, { fetch: simFetch().fetch, signal: controller.signal }),
    ).rejects.toThrow();
    const offline = (async () => {
      throw new TypeError("Failed to fetch");
    }) as unknown as typeof fetch;
    const { batch } = await runImageBatch(params, { fetch: offline });
    expect(batch.error).toMatchObject({ status: 0, message: "Failed to fetch" });
  });

  it("takes the request id from the message suffix when no header carries it", () => {
    expect(withRequestId({ status: 500, message: "bad size (request id: 2026abc)" }).requestId).toBe(
      "2026abc",
    );
    expect(withRequestId({ status: 500, message: "bad", requestId: "h" }).requestId).toBe("h");
  });
});
