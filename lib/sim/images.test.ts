import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { slow } from "@/e2e/machine";
import { get, json, post, testSim } from "./test-helpers";

type ImageItem = { b64_json?: string; url?: string; revised_prompt?: string };
const items = (b: Record<string, unknown>) => b.data as ImageItem[];
const decode = (b64: string) => PNG.sync.read(Buffer.from(b64, "base64"));

describe("images", () => {
  it("returns real PNGs of the requested size in b64_json mode", async () => {
    const t0 = performance.now();
    const body = await json(
      await post(testSim(), "/v1/images/generations", {
        model: "dall-e-3",
        prompt: "an otter",
        size: "1792x1024",
        response_format: "b64_json",
      }),
    );
    expect(performance.now() - t0).toBeLessThan(slow(1000));
    expect(Number.isInteger(body.created)).toBe(true);
    const item = items(body)[0];
    expect(Object.keys(item ?? {})).toEqual(["b64_json", "revised_prompt"]);
    const png = decode(item?.b64_json ?? "");
    expect([png.width, png.height]).toEqual([1792, 1024]);
  });

  it("is deterministic from prompt + size + index", async () => {
    const sim = testSim();
    const req = { model: "dall-e-2", prompt: "cat", size: "256x256", n: 2, response_format: "b64_json" };
    const a = items(await json(await post(sim, "/v1/images/generations", req)));
    const b = items(await json(await post(sim, "/v1/images/generations", req)));
    expect(a.length).toBe(2);
    expect(a[0]?.b64_json).toBe(b[0]?.b64_json);
    expect(a[0]?.b64_json).not.toBe(a[1]?.b64_json);
    expect("revised_prompt" in (a[0] ?? {})).toBe(false);
    const other = items(await json(await post(sim, "/v1/images/generations", { ...req, prompt: "dog" })));
    expect(other[0]?.b64_json).not.toBe(a[0]?.b64_json);
  });

  it("serves url mode images statelessly under publicBaseUrl", async () => {
    const sim = testSim();
    const body = await json(
      await post(sim, "/v1/images/generations", { model: "dall-e-2", prompt: "tree", size: "512x512" }),
    );
    const url = items(body)[0]?.url ?? "";
    expect(url).toMatch(/^http:\/\/sim\.test\/files\/images\/[0-9a-f]{8}-512x512\.png$/);
    const res = await get(sim, new URL(url).pathname, { authorization: "" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    const png = PNG.sync.read(Buffer.from(await res.arrayBuffer()));
    expect([png.width, png.height]).toEqual([512, 512]);
    const mounted = await sim.handle(
      new Request("http://localhost:3000/api/sim/v1/images/generations", {
        method: "POST",
        headers: { authorization: "Bearer sk-demo", "content-type": "application/json" },
        body: JSON.stringify({ model: "dall-e-2", prompt: "tree", size: "256x256" }),
      }),
      "/v1/images/generations",
    );
    expect(items(await json(mounted))[0]?.url).toMatch(/^http:\/\/localhost:3000\/api\/sim\/files\/images\//);
  });

  it("gpt-image-1 defaults to b64_json, accepts auto and portrait sizes, reports usage", async () => {
    const body = await json(
      await post(testSim(), "/v1/images/generations", {
        model: "gpt-image-1",
        prompt: "p",
        size: "1024x1536",
      }),
    );
    const png = decode(items(body)[0]?.b64_json ?? "");
    expect([png.width, png.height]).toEqual([1024, 1536]);
    expect(body.size).toBe("1024x1536");
    expect((body.usage as { input_tokens: number }).input_tokens).toBe(1);
  });

  it("validates sizes per model (500 E2) and n", async () => {
    const sim = testSim();
    const bad = [
      { model: "dall-e-2", size: "1024x1792" },
      { model: "dall-e-3", size: "512x512" },
      { model: "gpt-image-1", size: "1792x1024" },
      { model: "dall-e-3", size: "1024×1024" },
    ];
    for (const b of bad) {
      const res = await post(sim, "/v1/images/generations", { ...b, prompt: "x" });
      expect(res.status).toBe(500);
      const err = (await json(res)).error as Record<string, string>;
      expect(err.code).toBe("invalid_request");
      expect(err.message).toMatch(new RegExp(`size must be one of .* for ${b.model} \\(request id: `));
    }
    const n2 = await post(sim, "/v1/images/generations", { model: "dall-e-3", prompt: "x", n: 2 });
    expect(n2.status).toBe(400);
    expect(((await json(n2)).error as { param: string }).param).toBe("n");
    const n5 = await post(sim, "/v1/images/generations", {
      model: "dall-e-2",
      prompt: "x",
      n: 5,
      size: "256x256",
    });
    expect(n5.status).toBe(400);
  });
});
