// What a page's first visit puts on the wire, as Chromium counts it (DevTools protocol, Network domain):
// per response the bytes received (headers + body as sent, compressed or not: encodedDataLength), its
// Content-Encoding and resource type, and whether it finished before the page's load event.

/**
 * Starts recording on a fresh page (before `goto`). `conditions` (optional) is passed to
 * Network.emulateNetworkConditions, e.g. { latency: 150, downloadThroughput: 200_000, uploadThroughput: 93_750 }.
 */
export async function recordWire(page, conditions) {
  const cdp = await page.context().newCDPSession(page);
  const responses = new Map();
  let loadAt;
  cdp.on("Network.responseReceived", ({ requestId, type, response }) => {
    const headers = Object.fromEntries(
      Object.entries(response.headers).map(([k, v]) => [k.toLowerCase(), v]),
    );
    responses.set(requestId, {
      url: response.url,
      type,
      status: response.status,
      encoding: headers["content-encoding"] ?? "identity",
    });
  });
  cdp.on("Network.loadingFinished", ({ requestId, timestamp, encodedDataLength }) => {
    const r = responses.get(requestId);
    if (r) Object.assign(r, { bytes: encodedDataLength, finishedAt: timestamp });
  });
  cdp.on("Page.loadEventFired", ({ timestamp }) => {
    loadAt ??= timestamp;
  });
  await cdp.send("Page.enable");
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  if (conditions) await cdp.send("Network.emulateNetworkConditions", { offline: false, ...conditions });
  return {
    /** Every finished response so far; `atLoad` = finished before the load event. */
    entries() {
      return [...responses.values()]
        .filter((r) => r.bytes !== undefined)
        .map((r) => ({ ...r, atLoad: loadAt !== undefined && r.finishedAt <= loadAt }));
    },
    detach: () => cdp.detach().catch(() => {}),
  };
}

export const isScript = (e) => e.type === "Script" || /\.m?js(\?|$)/.test(new URL(e.url).pathname);

/** Sums of a set of entries: kB (1000 bytes) received, file count, and the encodings seen. */
export function wireSum(entries) {
  const encodings = {};
  let bytes = 0;
  for (const e of entries) {
    bytes += e.bytes;
    encodings[e.encoding] = (encodings[e.encoding] ?? 0) + 1;
  }
  return { kb: bytes / 1000, files: entries.length, encodings };
}
