import "server-only";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/translate";
import { closeOnShutdown } from "../lifecycle/streams";
import { guardReply } from "../stream-guard";
import { ClientClosedError, type UpstreamReply } from "../upstream";
import { serveEntry } from "./range";
import { defaultCacheRoot, TooLargeError, VideoCache } from "./store";

// GET /v1/videos/{id}/content with Range. new-api's VideoProxy (controller/video_proxy.go) fetches the
// file again without Range and always answers 200 with all of it, so a <video> could not seek. When the
// upstream answers a Range request that way, the whole file goes into the caller's key's cache once and
// this and later Range requests are answered from it (206, 416); an upstream that answers Range itself
// (206) is passed through untouched, and requests without Range are relayed as before.

const MAX_FILLS = 4;

let current: { settings: string; cache: VideoCache; undo: () => void } | undefined;

/** The process's cache for the configured limits, or undefined when VIDEO_CACHE_MAX_BYTES is 0. */
export function videoCache(): VideoCache | undefined {
  const e = env();
  if (e.VIDEO_CACHE_MAX_BYTES === 0) return undefined;
  const limits = {
    root: defaultCacheRoot(e.VIDEO_CACHE_DIR),
    maxBytes: e.VIDEO_CACHE_MAX_BYTES,
    keyMaxBytes: e.VIDEO_CACHE_KEY_MAX_BYTES,
    maxAgeMs: e.VIDEO_CACHE_MAX_AGE_MS,
  };
  const settings = JSON.stringify(limits);
  if (current?.settings !== settings) {
    // Settings change only in tests; a replaced cache removes its directory.
    if (current) void dispose(current);
    const cache = new VideoCache(limits);
    current = { settings, cache, undo: closeOnShutdown(() => cache.close()) };
  }
  return current.cache;
}

async function dispose(old: NonNullable<typeof current>): Promise<void> {
  old.undo();
  await old.cache.close();
}

/** For tests: removes the cache directory and forgets the cache. */
export async function resetVideoCacheForTests(): Promise<void> {
  if (current) await dispose(current);
  current = undefined;
}

export async function relayVideoContent(
  req: Request,
  apiKey: string,
  upstreamUrl: URL,
  call: () => Promise<UpstreamReply>,
  relay: (res: UpstreamReply) => Promise<Response>,
  t: Translate,
): Promise<Response> {
  const range = req.headers.get("range");
  const cache = videoCache();
  if (range === null || !cache) return relay(await call());
  const slot = cache.slot(apiKey, upstreamUrl.href);
  // Two turns: a fill this request waited for may fail (its browser left), then this one fills.
  for (let turn = 0; turn < 2; turn++) {
    // Checked and registered with no await in between: two requests never both start a fill.
    const waiting = cache.pending(slot);
    const ready = cache.get(slot) ?? (waiting ? await waiting : undefined);
    if (ready) {
      // The file may have been evicted a moment ago: then fetch it again.
      const served = await serveEntry(ready, range).catch(() => undefined);
      if (served) return served;
    }
    // Files being written are not yet counted against the limits: so few at once keep the disk bounded.
    if (cache.fillsRunning >= MAX_FILLS) return relay(await call());
    const outcome: { relayed?: UpstreamReply } = {};
    try {
      const entry = await cache.fill(slot, async () => {
        const res = await call();
        if (ignoredRange(res, cache.maxFileBytes)) {
          const silenceMs = env().STREAM_SILENCE_TIMEOUT_MS;
          const body = guardReply(res.body as ReadableStream<Uint8Array>, {
            silenceMs,
            tail: () => undefined,
            t,
          });
          return { body, contentType: res.headers.get("content-type") ?? "application/octet-stream" };
        }
        outcome.relayed = res;
        return undefined;
      });
      if (entry) return await serveEntry(entry, range);
    } catch (err) {
      if (err instanceof TooLargeError) return relay(await call());
      if (err instanceof AppError || err instanceof ClientClosedError) throw err;
      if (req.signal.aborted) throw new ClientClosedError();
      throw new AppError("upstream_unreachable", t("server.videoDownloadBroken"));
    }
    if (outcome.relayed) return relay(outcome.relayed);
  }
  return relay(await call());
}

/** A whole-file 200 to a Range request (the upstream ignored Range) that the cache may hold. */
function ignoredRange(res: UpstreamReply, maxFileBytes: number): boolean {
  if (res.status !== 200 || !res.body || res.headers.has("content-range")) return false;
  const declared = res.headers.get("content-length");
  return declared === null || !/^\d+$/.test(declared) || Number(declared) <= maxFileBytes;
}
