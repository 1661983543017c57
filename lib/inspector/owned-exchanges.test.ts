import { afterEach, describe, expect, it, vi } from "vitest";
import { createVideo, fetchVideoStatus } from "@/lib/videos/api";
import { createOwnedExchanges, videoExchanges } from "./owned-exchanges";
import { shortenBody } from "./shorten-json";

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", "x-oneapi-request-id": "req-1" },
  });

/** The raw body is read from a clone after the caller has its reply: wait for it to land. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => vi.unstubAllGlobals());

describe("exchanges recorded for the images and videos inspector", () => {
  it("records a video create (multipart, readable, no key), then its status polls under the job", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async (url: string) =>
        url.endsWith("/videos")
          ? json(200, { id: "task_9", status: "queued", progress: 0 })
          : json(200, { id: "task_9", status: "in_progress", progress: 40 }),
      ),
    );
    const reference = new File([new Uint8Array(1234)], "first frame.png", { type: "image/png" });
    const owner = "attempt-1";
    const video = await createVideo(
      { prompt: "A boat\non rain", model: "sora-2", seconds: "4", size: "720x1280", reference },
      "openai",
      videoExchanges.fetchFor(owner),
    );
    videoExchanges.rename(owner, video.id);
    await fetchVideoStatus("task_9", "openai", new AbortController().signal);
    await settled();

    const ids = videoExchanges.idsOf("task_9");
    expect(ids).toHaveLength(2);
    const [create, poll] = ids.map((id) => videoExchanges.log.get(id));
    expect(create?.request).toMatchObject({ method: "POST", url: "/api/apigo/v1/videos" });
    expect(create?.request.headers).toEqual({ vendor: "openai", "content-type": "multipart/form-data" });
    expect(create?.request.body.split("\n")).toEqual([
      'prompt="A boat\\non rain"',
      "model=sora-2",
      "seconds=4",
      "size=720x1280",
      "input_reference=@first frame.png;type=image/png (1234 B)",
    ]);
    expect(create?.response?.status).toBe(200);
    expect(create?.response?.headers["x-oneapi-request-id"]).toBe("req-1");
    expect(create?.response?.at).toBeGreaterThanOrEqual(0);
    expect(JSON.parse(create?.rawBody ?? "")).toMatchObject({ id: "task_9", status: "queued" });
    expect(poll?.request).toMatchObject({ method: "GET", url: "/api/apigo/v1/videos/task_9", body: "" });
    expect(JSON.parse(poll?.rawBody ?? "")).toMatchObject({ progress: 40 });
  });

  it("keeps a job's create request while its status polls rotate", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => json(200, { ok: true })),
    );
    const owned = createOwnedExchanges({ perOwner: 3 });
    const doFetch = owned.fetchFor("job");
    for (let i = 0; i < 5; i++) await doFetch(`/api/apigo/v1/videos/job?n=${i}`);
    const urls = owned.idsOf("job").map((id) => owned.log.get(id)?.request.url);
    expect(urls).toEqual([
      "/api/apigo/v1/videos/job?n=0",
      "/api/apigo/v1/videos/job?n=3",
      "/api/apigo/v1/videos/job?n=4",
    ]);
  });

  it("does not record what is not a proxy call (the image bytes a batch downloads)", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("png")),
    );
    const owned = createOwnedExchanges();
    await owned.fetchFor("batch")("http://localhost/sim/image.png");
    expect(owned.idsOf("batch")).toEqual([]);
  });

  it("shortens base64 image data in a reply but keeps the structure and short fields exact", () => {
    const b64 = "iVBORw0KGgo".padEnd(50_000, "A");
    const out = shortenBody(
      JSON.stringify({ created: 1, data: [{ b64_json: b64, revised_prompt: "an otter" }] }),
    );
    expect(out.shortened).toBe(true);
    const parsed = JSON.parse(out.text);
    expect(parsed.data[0].revised_prompt).toBe("an otter");
    expect(parsed.data[0].b64_json).toMatch(/^iVBORw0KGgo.*…$/);
    expect(parsed.data[0].b64_json.length).toBeLessThan(100);
    expect(shortenBody('{"a":"b"}')).toEqual({ text: '{"a":"b"}', shortened: false });
  });
});
