import { mkdir, mkdtemp, readdir, rm, utimes } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GET } from "@/app/api/apigo/v1/[...path]/route";
import { KEY } from "@/tests/proxy-setup";
import { ctx, type FakeUpstream, proxyRequest, restoreEnv, setEnv, startFakeUpstream } from "@/tests/server";
import { resetVideoCacheForTests } from "./relay";

// A stand-in gateway whose /content ignores Range, as new-api's VideoProxy does
// (QuantumNous/new-api controller/video_proxy.go: 200 with the whole file, whatever Range says).
const VIDEO = Buffer.from(Array.from({ length: 10_000 }, (_, i) => i % 251));
let up: FakeUpstream;
let servesRange = false;
let delayMs = 0;
let breaksOff = false;
let root: string;
beforeAll(async () => {
  up = await startFakeUpstream((req, res) => {
    const m = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? "");
    setTimeout(() => {
      if (servesRange && m) {
        const start = Number(m[1]);
        const end = m[2] ? Number(m[2]) : VIDEO.length - 1;
        res.writeHead(206, {
          "content-type": "video/mp4",
          "content-range": `bytes ${start}-${end}/${VIDEO.length}`,
        });
        res.end(VIDEO.subarray(start, end + 1));
        return;
      }
      res.writeHead(200, { "content-type": "video/mp4", "content-length": String(VIDEO.length) });
      if (breaksOff) {
        res.write(VIDEO.subarray(0, 4000));
        setTimeout(() => res.destroy(), 50);
      } else res.end(VIDEO);
    }, delayMs);
  });
  root = await mkdtemp(path.join(tmpdir(), "wire-video-cache-test-"));
});
afterAll(async () => {
  await up.close();
  await rm(root, { recursive: true, force: true });
});
beforeEach(() => {
  up.seen.length = 0;
  servesRange = false;
  delayMs = 0;
  breaksOff = false;
  setEnv({ APIGO_BASE_URL: up.origin, APIGO_SERVER_KEY: undefined, VIDEO_CACHE_DIR: root });
});
afterEach(async () => {
  await resetVideoCacheForTests();
  restoreEnv();
});

const content = (
  range: string | undefined,
  key = KEY,
  id = "video_abc123",
  extra: Record<string, string> = {},
) => {
  const headers: Record<string, string> = { authorization: `Bearer ${key}`, ...extra };
  if (range) headers.range = range;
  return GET(proxyRequest(`videos/${id}/content`, { headers }), ctx(["videos", id, "content"]));
};
const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());
/** Every file and directory name under the cache root. */
async function onDisk(): Promise<string[]> {
  return (await readdir(root, { recursive: true })).map(String);
}

describe("Range from the cache when the upstream ignores it", () => {
  it("answers 206 with the asked bytes, fetching the file once for every later range", async () => {
    const first = await content("bytes=0-");
    expect(first.status).toBe(206);
    expect(first.headers.get("content-range")).toBe(`bytes 0-9999/${VIDEO.length}`);
    expect(first.headers.get("accept-ranges")).toBe("bytes");
    expect(first.headers.get("cache-control")).toMatch(/private/);
    expect((await bytes(first)).equals(VIDEO)).toBe(true);
    const middle = await content("bytes=5000-5099");
    expect(middle.status).toBe(206);
    expect(middle.headers.get("content-range")).toBe(`bytes 5000-5099/${VIDEO.length}`);
    expect(middle.headers.get("content-length")).toBe("100");
    expect((await bytes(middle)).equals(VIDEO.subarray(5000, 5100))).toBe(true);
    const suffix = await content("bytes=-10");
    expect((await bytes(suffix)).equals(VIDEO.subarray(-10))).toBe(true);
    expect(up.seen).toHaveLength(1);
  });

  it("says in the caller's language when the gateway broke off the download (502)", async () => {
    breaksOff = true;
    const en = await content("bytes=0-");
    expect(en.status).toBe(502);
    expect((await en.json()).error.message).toMatch(/broke off the video download/);
    const zh = await content("bytes=0-", KEY, "video_abc124", { cookie: "locale=zh-CN" });
    expect(zh.status).toBe(502);
    expect((await zh.json()).error.message).toBe("网关在视频下载完成前中断了传输。请重新播放视频。");
  });

  it("answers 416 for a range past the end", async () => {
    const res = await content("bytes=20000-");
    expect(res.status).toBe(416);
    expect(res.headers.get("content-range")).toBe(`bytes */${VIDEO.length}`);
  });

  it("lets a concurrent request wait for the same fill instead of fetching twice", async () => {
    delayMs = 300;
    const [a, b] = await Promise.all([content("bytes=0-99"), content("bytes=100-199")]);
    expect([a.status, b.status]).toEqual([206, 206]);
    expect((await bytes(b)).equals(VIDEO.subarray(100, 200))).toBe(true);
    expect(up.seen).toHaveLength(1);
  });

  it("never shares an entry between keys, and names nothing on disk after a key or an id", async () => {
    await (await content("bytes=0-9")).arrayBuffer();
    await (await content("bytes=0-9", "sk-another-user-key-7777")).arrayBuffer();
    expect(up.seen).toHaveLength(2);
    const names = await onDisk();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      expect(name).toMatch(/^apigo-video-cache-\w+(\/[0-9a-f]{32}(\/[0-9a-f]{40}-[0-9a-f]{12})?)?$/);
    }
    // One directory per key, one file in each.
    expect(names.filter((n) => /-[0-9a-f]{12}$/.test(n))).toHaveLength(2);
  });

  it("fetches again once an entry is older than VIDEO_CACHE_MAX_AGE_MS", async () => {
    setEnv({ VIDEO_CACHE_MAX_AGE_MS: "50" });
    await (await content("bytes=0-9")).arrayBuffer();
    await new Promise((r) => setTimeout(r, 80));
    await (await content("bytes=0-9")).arrayBuffer();
    expect(up.seen).toHaveLength(2);
  });

  it("keeps a key within VIDEO_CACHE_KEY_MAX_BYTES: the least recently used file goes first", async () => {
    setEnv({ VIDEO_CACHE_KEY_MAX_BYTES: String(VIDEO.length * 1.5) });
    await (await content("bytes=0-9", KEY, "video_one")).arrayBuffer();
    await (await content("bytes=0-9", KEY, "video_two")).arrayBuffer();
    expect((await onDisk()).filter((n) => /-[0-9a-f]{12}$/.test(n))).toHaveLength(1);
    await (await content("bytes=0-9", KEY, "video_two")).arrayBuffer();
    expect(up.seen).toHaveLength(2);
  });

  it("relays a file larger than a key may cache as the upstream sent it (200, whole)", async () => {
    setEnv({ VIDEO_CACHE_KEY_MAX_BYTES: String(VIDEO.length - 1) });
    const res = await content("bytes=0-9");
    expect(res.status).toBe(200);
    expect((await bytes(res)).equals(VIDEO)).toBe(true);
    expect((await onDisk()).filter((n) => /-[0-9a-f]{12}$/.test(n))).toHaveLength(0);
  });

  it("runs at most four fills at once; a fifth video is relayed whole (disk stays bounded)", async () => {
    delayMs = 300;
    const ids = ["video_1", "video_2", "video_3", "video_4", "video_5"];
    const replies = await Promise.all(ids.map((id) => content("bytes=0-9", KEY, id)));
    expect(replies.map((r) => r.status).sort()).toEqual([200, 206, 206, 206, 206]);
    await Promise.all(replies.map((r) => r.arrayBuffer()));
  });

  it("removes a cache a killed process left once it is older than VIDEO_CACHE_MAX_AGE_MS", async () => {
    setEnv({ VIDEO_CACHE_MAX_AGE_MS: "60000" });
    const left = path.join(root, "apigo-video-cache-left");
    const young = path.join(root, "apigo-video-cache-young");
    await mkdir(path.join(left, "k"), { recursive: true });
    await mkdir(young);
    const old = new Date(Date.now() - 120_000);
    await utimes(left, old, old);
    await (await content("bytes=0-9")).arrayBuffer();
    const names = await onDisk();
    expect(names).not.toContain("apigo-video-cache-left");
    expect(names).toContain("apigo-video-cache-young");
    await rm(young, { recursive: true });
  });

  it("removes its directory when closed (shutdown)", async () => {
    await (await content("bytes=0-9")).arrayBuffer();
    expect(await onDisk()).not.toHaveLength(0);
    await resetVideoCacheForTests();
    expect(await onDisk()).toHaveLength(0);
  });
});

describe("what the cache leaves alone", () => {
  it("passes an upstream's own 206 through and caches nothing", async () => {
    servesRange = true;
    const res = await content("bytes=10-19");
    expect(res.status).toBe(206);
    expect(res.headers.get("content-range")).toBe(`bytes 10-19/${VIDEO.length}`);
    expect((await bytes(res)).equals(VIDEO.subarray(10, 20))).toBe(true);
    await (await content("bytes=10-19")).arrayBuffer();
    expect(up.seen).toHaveLength(2);
    expect(up.seen[0]?.headers.range).toBe("bytes=10-19");
  });

  it("relays a request without Range as before (200 from the upstream)", async () => {
    const res = await content(undefined);
    expect(res.status).toBe(200);
    expect((await bytes(res)).equals(VIDEO)).toBe(true);
    expect(await onDisk()).toHaveLength(0);
  });

  it("is off with VIDEO_CACHE_MAX_BYTES=0", async () => {
    setEnv({ VIDEO_CACHE_MAX_BYTES: "0" });
    expect((await content("bytes=0-9")).status).toBe(200);
  });
});
