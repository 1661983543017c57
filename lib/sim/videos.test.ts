import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { slow, slowdown } from "@/e2e/machine";
import { createSimulator, type Simulator } from "./index";
import { BASE, get, json, post } from "./test-helpers";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const fastSim = () => createSimulator({ firstTokenMs: 0, tokensPerSecond: 0, videoSeconds: 1 });
const clip = (name: string) => new Uint8Array(readFileSync(path.join(process.cwd(), "lib/sim/assets", name)));

async function create(sim: Simulator, body: Record<string, unknown>) {
  return post(sim, "/v1/videos", { model: "sora-2", prompt: "a cat surfing", ...body });
}

async function waitDone(sim: Simulator, id: string): Promise<Record<string, unknown>> {
  for (;;) {
    const v = await json(await get(sim, `/v1/videos/${id}`));
    if (v.status === "completed" || v.status === "failed") return v;
    await sleep(100);
  }
}

describe("videos", () => {
  it("creates a task with the new-api shape", async () => {
    const res = await create(fastSim(), { seconds: "8", size: "1280x720" });
    expect(res.status).toBe(200);
    const raw = await res.text();
    const body = JSON.parse(raw);
    expect(body.id).toMatch(/^task_[A-Za-z0-9]{32}$/);
    expect(Object.keys(body)).toEqual([
      "id",
      "task_id",
      "object",
      "model",
      "status",
      "progress",
      "created_at",
      "seconds",
      "size",
      "quality",
    ]);
    expect(body).toMatchObject({
      object: "video",
      status: "queued",
      progress: 0,
      seconds: "8",
      size: "1280x720",
    });
  });

  it("goes queued -> in_progress (rising) -> completed by wall clock", async () => {
    // The phases follow the wall clock: on a slower machine the job and the waits stretch together.
    const sim = createSimulator({ firstTokenMs: 0, tokensPerSecond: 0, videoSeconds: slowdown });
    const { id } = (await json(await create(sim, {}))) as { id: string };
    const first = await json(await get(sim, `/v1/videos/${id}`));
    expect([first.status, first.progress]).toEqual(["queued", 0]);
    await sleep(slow(300));
    const mid1 = await json(await get(sim, `/v1/videos/${id}`));
    const early = await get(sim, `/v1/videos/${id}/content`);
    await sleep(slow(300));
    const mid2 = await json(await get(sim, `/v1/videos/${id}`));
    expect(mid1.status).toBe("in_progress");
    expect(mid2.status).toBe("in_progress");
    expect(mid2.progress as number).toBeGreaterThan(mid1.progress as number);
    expect(early.status).toBe(400);
    expect(await json(early)).toEqual({
      error: {
        message: "Task is not completed yet, current status: IN_PROGRESS",
        type: "invalid_request_error",
      },
    });
    const done = await waitDone(sim, id);
    expect(Object.keys(done)).toEqual([...Object.keys(done)].sort());
    expect(done.status).toBe("completed");
    expect(done.progress).toBe(100);
    // relay/channel/task/sora/adaptor.go `ConvertToOpenAIVideo`: no url for Sora, /content only.
    expect(done.url).toBeUndefined();
    expect(done.metadata).toBeUndefined();
    expect(done.expires_at).toBe((done.completed_at as number) + 86400);
  });

  it("serves the matching faststart MP4, full and by Range", async () => {
    const sim = fastSim();
    const { id } = (await json(await create(sim, { seconds: "12", size: "720x1280" }))) as { id: string };
    await waitDone(sim, id);
    const expected = clip("sora-portrait-12s.mp4");
    const full = await get(sim, `/v1/videos/${id}/content?variant=thumbnail`);
    expect(full.status).toBe(200);
    expect(full.headers.get("content-type")).toBe("video/mp4");
    expect(full.headers.get("accept-ranges")).toBe("bytes");
    const bytes = new Uint8Array(await full.arrayBuffer());
    expect(bytes).toEqual(expected);
    expect(Buffer.from(bytes.slice(4, 8)).toString()).toBe("ftyp");
    expect(Buffer.from(bytes).indexOf("moov")).toBeLessThan(Buffer.from(bytes).indexOf("mdat"));
    const part = await get(sim, `/v1/videos/${id}/content`, { range: "bytes=100-199" });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 100-199/${expected.length}`);
    expect(new Uint8Array(await part.arrayBuffer())).toEqual(expected.slice(100, 200));
    const tail = await get(sim, `/v1/videos/${id}/content`, { range: "bytes=-10" });
    expect(new Uint8Array(await tail.arrayBuffer())).toEqual(expected.slice(-10));
    const bad = await get(sim, `/v1/videos/${id}/content`, { range: `bytes=${expected.length}-` });
    expect(bad.status).toBe(416);
  });

  it("content needs the key and, like new-api, can ignore Range (controller/video_proxy.go)", async () => {
    const sim = createSimulator({ videoSeconds: 1, videoRange: "ignore" });
    const { id } = (await json(await create(sim, { seconds: "4" }))) as { id: string };
    await waitDone(sim, id);
    // router/video-router.go `TokenOrUserAuth`: no key and no dashboard session is 401.
    const anonymous = await sim.handle(new Request(`${BASE}/v1/videos/${id}/content`));
    expect(anonymous.status).toBe(401);
    expect(((await json(anonymous)).error as { message: string }).message).toMatch(/^Invalid token/);
    // `VideoProxy` sends a fresh upstream request without Range and accepts only 200.
    const whole = clip("sora-portrait-4s.mp4");
    const ranged = await get(sim, `/v1/videos/${id}/content`, { range: "bytes=100-199" });
    expect(ranged.status).toBe(200);
    expect(ranged.headers.get("content-range")).toBeNull();
    expect(ranged.headers.get("accept-ranges")).toBeNull();
    expect(new Uint8Array(await ranged.arrayBuffer())).toEqual(whole);
    // The same per job with [sim:no-range], on a simulator that serves Range otherwise.
    const serving = fastSim();
    const job = (await json(await create(serving, { prompt: "a cat [sim:no-range]" }))) as { id: string };
    await waitDone(serving, job.id);
    const res = await get(serving, `/v1/videos/${job.id}/content`, { range: "bytes=0-9" });
    expect(res.status).toBe(200);
    expect((await res.arrayBuffer()).byteLength).toBe(whole.length);
  });

  it("JSON seconds must be a string: a number is 400 invalid_json (relay/common/relay_utils.go)", async () => {
    const sim = fastSim();
    const res = await create(sim, { seconds: 8 });
    expect(res.status).toBe(400);
    expect(await json(res)).toEqual({
      code: "invalid_json",
      message: "json: cannot unmarshal number into Go struct field .seconds of type string",
      data: null,
    });
    // `TaskSubmitReq.UnmarshalJSON` takes `duration` as a number or a string.
    expect((await create(sim, { duration: 8 })).status).toBe(200);
  });

  it("accepts multipart with input_reference and logs file metadata", async () => {
    const sim = fastSim();
    const form = new FormData();
    form.set("model", "sora-2-pro");
    form.set("prompt", "a lighthouse");
    form.set("size", "1792x1024");
    form.set("seconds", "4");
    form.set("input_reference", new File([new Uint8Array(10)], "ref.png", { type: "image/png" }));
    const res = await sim.handle(
      new Request(`${BASE}/v1/videos`, {
        method: "POST",
        headers: { authorization: "Bearer sk-demo" },
        body: form,
      }),
    );
    expect(res.status).toBe(200);
    expect((await json(res)).size).toBe("1792x1024");
    const entry = sim.log().at(-1);
    expect(entry?.body).toMatchObject({ input_reference: { name: "ref.png", size: 10, type: "image/png" } });
  });

  it("validates prompt, size and model", async () => {
    const sim = fastSim();
    const noPrompt = await create(sim, { prompt: "" });
    expect(noPrompt.status).toBe(400);
    expect(await json(noPrompt)).toEqual({
      code: "invalid_request",
      message: "prompt is required",
      data: null,
    });
    const size = await create(sim, { size: "1024x1792" });
    expect(await json(size)).toEqual({ code: "invalid_size", message: "sora-2 size is invalid", data: null });
    const noModel = await post(sim, "/v1/videos", { prompt: "x" });
    expect(noModel.status).toBe(400);
    expect(((await json(noModel)).error as { message: string }).message).toMatch(/^Model name not specified/);
  });

  it("fails with [sim:fail] and remixes into a new task", async () => {
    const sim = fastSim();
    const { id } = (await json(await create(sim, { prompt: "boom [sim:fail]" }))) as { id: string };
    const failed = await waitDone(sim, id);
    expect(failed.status).toBe("failed");
    expect((failed.error as { code: string }).code).toBe("content_policy_violation");
    const remix = await json(await post(sim, `/v1/videos/${id}/remix`, { prompt: "calmer" }));
    expect(remix.remixed_from_video_id).toBe(id);
    expect(remix.id).not.toBe(id);
    const missing = await post(sim, "/v1/videos/task_missing/remix", { prompt: "x" });
    expect(missing.status).toBe(400);
  });
});
