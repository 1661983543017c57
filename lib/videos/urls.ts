import type { VideoObject } from "@/lib/schemas/videos";

/**
 * Playback and download always go through our proxy's /content path: same origin (so the key stays in
 * the httpOnly cookie and `download` works), Range passes through, and the response is checked to be
 * video. new-api serves /content for every vendor (it fetches the stored result URL itself).
 */
export function contentPath(id: string): string {
  return `/api/apigo/v1/videos/${encodeURIComponent(id)}/content`;
}

/**
 * The result link the gateway reported (top-level `url`, else `metadata.url`), when it is plain
 * http(s). It may point at a CDN of another origin, so the UI only offers it as a link (no referrer);
 * it is never put in `<video src>` nor fetched by our server. A link on our own origin is dropped:
 * only the embedded simulator reports one (an unrouted path under /api/sim), and /content is the same
 * video.
 */
export function externalVideoUrl(
  video: Pick<VideoObject, "url" | "metadata">,
  ownOrigin?: string,
): string | undefined {
  for (const candidate of [video.url, video.metadata?.url]) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate);
      if (ownOrigin && url.origin === ownOrigin) continue;
      if (url.protocol === "https:" || url.protocol === "http:") return url.toString();
    } catch {
      // Not an absolute URL: ignore it, /content still works.
    }
  }
  return undefined;
}

/** Where the player and the download link point, and the optional upstream link. */
export function resolveVideoUrls(
  id: string,
  video?: Pick<VideoObject, "url" | "metadata">,
  ownOrigin?: string,
) {
  return { playback: contentPath(id), external: video ? externalVideoUrl(video, ownOrigin) : undefined };
}
