import "server-only";
import { env } from "@/lib/env";
import type { ShareVideo } from "@/lib/schemas/share";
import { type Route, resolveRoute, teamMode } from "../auth";
import { readCapped } from "../body-limit";
import { upstreamRequestHeaders } from "../headers";
import { appOrigin } from "../origin";
import { send, upstreamUrl } from "../upstream";

class TooLarge extends Error {}

/**
 * The finished MP4 of a video job, for a share: fetched from the configured upstream's
 * /v1/videos/<id>/content with the caller's key (never from a URL a client named; the id was checked
 * against its pattern). Over SHARE_VIDEO_MAX_BYTES, or when the upstream refuses, the share is still
 * made and says why it holds no video. `charge` takes the bytes from the client's share quota before
 * any byte of the body is read (the declared length, or the cap when none is declared); when it throws
 * (quota spent) nothing is downloaded and the error goes to the caller.
 */
export async function fetchShareVideo(
  req: Request,
  jobId: string,
  charge: (bytes: number) => Promise<void>,
): Promise<{ video: ShareVideo; media?: Uint8Array }> {
  const cap = env().SHARE_VIDEO_MAX_BYTES;
  let route: Route;
  try {
    route = resolveRoute(req);
  } catch {
    return { video: { state: "unavailable" } };
  }
  const { auth, upstream } = route;
  const res = await send({
    target: upstream,
    method: "GET",
    url: upstreamUrl(upstream, `videos/${encodeURIComponent(jobId)}/content`, undefined, appOrigin(req)),
    headers: upstreamRequestHeaders(new Headers(), auth),
    body: null,
    signal: req.signal,
    secrets: [auth.source === "demo" ? undefined : auth.key, teamMode()?.serverKey],
  }).catch(() => undefined);
  const type = res?.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (!res?.body || res.status !== 200 || type !== "video/mp4") {
    await res?.body?.cancel().catch(() => {});
    return { video: { state: "unavailable" } };
  }
  const declared = Number(res.headers.get("content-length") ?? Number.NaN);
  if (declared > cap) {
    res.abort(new TooLarge());
    await res.body.cancel().catch(() => {});
    return { video: { state: "too_large", bytes: declared, cap } };
  }
  try {
    await charge(Number.isFinite(declared) ? declared : cap);
  } catch (err) {
    res.abort(err instanceof Error ? err : new Error(String(err)));
    await res.body.cancel().catch(() => {});
    throw err;
  }
  try {
    const media = await readCapped(res.body, cap, () => new TooLarge());
    if (media.byteLength === 0) return { video: { state: "unavailable" } };
    return { video: { state: "stored", bytes: media.byteLength }, media };
  } catch (err) {
    if (err instanceof TooLarge) return { video: { state: "too_large", bytes: cap + 1, cap } };
    return { video: { state: "unavailable" } };
  }
}
