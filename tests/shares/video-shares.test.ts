// Video shares carry the finished MP4 (issue #19, defect 2): the server fetches /content by job id
// from the configured upstream with the caller's key, stores it with the snapshot, and serves it with
// Range from /api/shares/<id>/video.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET as getVideo } from "@/app/api/shares/[id]/video/route";
import { POST } from "@/app/api/shares/route";
import { createShareResponseSchema, sharedRecordSchema } from "@/lib/schemas/share";
import { lookupShare } from "@/lib/server/shares/service";
import { type FakeUpstream, restoreEnv, setEnv, startFakeUpstream } from "@/tests/server";
import { videosSnapshot } from "./fixtures";
import { freshShareEnv, tempDir } from "./helpers";

const APP = "http://localhost:3000";
const KEY = "sk-simVideoShare123";
const tmp = tempDir("shares-video-");
const MP4 = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from("ftypmp42"), Buffer.alloc(1000, 7)]);

let upstream: FakeUpstream;
/** Whether the upstream finished sending video_big's body (false: the app hung up before). */
let bigSent: boolean | undefined;
beforeAll(async () => {
  upstream = await startFakeUpstream((req, res) => {
    if (req.url === "/v1/videos/video_big/content") {
      // 4 MB declared; the first 64 kB at once, the rest only if the app keeps reading.
      res.writeHead(200, { "content-type": "video/mp4", "content-length": String(4 * 1024 * 1024) });
      res.write(Buffer.alloc(64 * 1024, 1));
      res.on("close", () => {
        bigSent = res.writableFinished;
      });
      setTimeout(() => {
        if (!res.destroyed) res.end(Buffer.alloc(4 * 1024 * 1024 - 64 * 1024, 2));
      }, 300);
    } else if (req.url === "/v1/videos/video_ok/content") {
      res.writeHead(200, { "content-type": "video/mp4", "content-length": String(MP4.length) });
      res.end(MP4);
    } else {
      res.writeHead(404, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { message: "Task not found" } }));
    }
  });
});
afterAll(async () => {
  await upstream.close();
  tmp.remove();
});

let client = 0;
beforeEach(async () => {
  await freshShareEnv(tmp.dir, { APIGO_BASE_URL: upstream.origin, SHARE_VIDEO_MAX_BYTES: undefined });
  upstream.seen.length = 0;
  client += 1;
});
afterEach(() => restoreEnv());

async function share(body: Record<string, unknown>) {
  const res = await POST(
    new Request(`${APP}/api/shares`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${KEY}`,
        "x-forwarded-for": `10.9.0.${client}`,
      },
      body: JSON.stringify({ snapshot: videosSnapshot, expiresIn: "7d", ...body }),
    }),
  );
  expect(res.status, await res.clone().text()).toBe(201);
  return createShareResponseSchema.parse(await res.json());
}
const video = (id: string, headers: Record<string, string> = {}) =>
  getVideo(new Request(`${APP}/api/shares/${id}/video`, { headers }), { params: Promise.resolve({ id }) });

describe("video shares", () => {
  it("store the finished MP4, fetched by job id from the upstream with the caller's key", async () => {
    const created = await share({ videoJobId: "video_ok" });
    expect(upstream.seen.map((s) => s.url)).toEqual(["/v1/videos/video_ok/content"]);
    expect(upstream.seen[0]?.headers.authorization).toBe(`Bearer ${KEY}`);
    const found = await lookupShare(created.id, false);
    expect(found.status).toBe("ok");
    if (found.status !== "ok" || found.share.snapshot.kind !== "videos") throw new Error("not a video share");
    expect(found.share.snapshot.video).toEqual({ state: "stored", bytes: MP4.length });
    // The job id never reaches the snapshot (the recipient cannot use it).
    expect(JSON.stringify(sharedRecordSchema.parse(found.share))).not.toContain("video_ok");

    const whole = await video(created.id);
    expect(whole.status).toBe(200);
    expect(whole.headers.get("content-type")).toBe("video/mp4");
    expect(whole.headers.get("x-content-type-options")).toBe("nosniff");
    expect(whole.headers.get("accept-ranges")).toBe("bytes");
    expect(Buffer.from(await whole.arrayBuffer()).equals(MP4)).toBe(true);

    const part = await video(created.id, { range: "bytes=4-11" });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 4-11/${MP4.length}`);
    expect(Buffer.from(await part.arrayBuffer()).toString()).toBe("ftypmp42");

    const past = await video(created.id, { range: `bytes=${MP4.length}-` });
    expect(past.status).toBe(416);
    expect(past.headers.get("content-range")).toBe(`bytes */${MP4.length}`);
  });

  it("keep the snapshot and say so when the video is over SHARE_VIDEO_MAX_BYTES", async () => {
    setEnv({ SHARE_VIDEO_MAX_BYTES: "500" });
    const created = await share({ videoJobId: "video_ok" });
    const found = await lookupShare(created.id, false);
    if (found.status !== "ok" || found.share.snapshot.kind !== "videos") throw new Error("not a video share");
    expect(found.share.snapshot.video).toEqual({ state: "too_large", bytes: MP4.length, cap: 500 });
    expect((await video(created.id)).status).toBe(404);
  });

  it("take the video's bytes from the client's hourly quota before downloading them", async () => {
    bigSent = undefined;
    setEnv({ SHARE_CLIENT_BYTES_PER_HOUR: String(1024 * 1024) });
    const res = await POST(
      new Request(`${APP}/api/shares`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${KEY}`,
          "x-forwarded-for": `10.9.0.${client}`,
        },
        body: JSON.stringify({ snapshot: videosSnapshot, expiresIn: "7d", videoJobId: "video_big" }),
      }),
    );
    expect(res.status).toBe(429);
    expect(await res.text()).toMatch(/went over 1 MB in the last hour/);
    await expect.poll(() => bigSent).toBe(false);
  });

  it("say the video was unavailable when the upstream refuses, and never trust a client's video state", async () => {
    const forged = { ...videosSnapshot, video: { state: "stored", bytes: 5 } };
    const created = await share({ snapshot: forged, videoJobId: "video_gone" });
    const found = await lookupShare(created.id, false);
    if (found.status !== "ok" || found.share.snapshot.kind !== "videos") throw new Error("not a video share");
    expect(found.share.snapshot.video).toEqual({ state: "unavailable" });
    expect((await video(created.id)).status).toBe(404);
  });

  it("refuse a job id that is not an id (no path or URL reaches the upstream)", async () => {
    const res = await POST(
      new Request(`${APP}/api/shares`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": "10.9.1.1" },
        body: JSON.stringify({
          snapshot: videosSnapshot,
          expiresIn: "7d",
          videoJobId: "http://169.254.169.254/latest",
        }),
      }),
    );
    expect(res.status).toBe(400);
    expect(upstream.seen).toHaveLength(0);
  });
});
