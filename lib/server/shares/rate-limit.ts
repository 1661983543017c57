import "server-only";

/**
 * A token bucket per client: `perMinute` creations, refilled continuously. In memory, so each app
 * instance counts on its own (with N instances a client gets up to N times the rate): a brake on
 * scripted floods, not an accounting system.
 */
export function createRateLimiter(perMinute: number, maxClients = 10_000) {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refillPerMs = perMinute / 60_000;

  return {
    /** Takes one token; returns 0 when allowed, else the seconds until the next token. */
    take(client: string, now = Date.now()): number {
      if (perMinute <= 0) return 0;
      const bucket = buckets.get(client) ?? { tokens: perMinute, at: now };
      // A clock that steps back (NTP, tests) must not drain a bucket.
      bucket.tokens = Math.min(perMinute, bucket.tokens + Math.max(0, now - bucket.at) * refillPerMs);
      bucket.at = now;
      if (bucket.tokens < 1) {
        buckets.set(client, bucket);
        return Math.max(1, Math.ceil((1 - bucket.tokens) / refillPerMs / 1000));
      }
      bucket.tokens -= 1;
      // Delete-then-set keeps the map in least-recently-used order, so the oldest entry goes first.
      buckets.delete(client);
      buckets.set(client, bucket);
      if (buckets.size > maxClients) {
        const oldest = buckets.keys().next().value;
        if (oldest !== undefined) buckets.delete(oldest);
      }
      return 0;
    },
  };
}

/**
 * Who is asking. Route handlers do not see the socket: Next fills `x-forwarded-for` with the socket
 * address only when the request has none, so a client can write any value there itself. The entry to
 * trust is the one the nearest trusted reverse proxy appended: with `hops` proxies in front, the
 * `hops`-th entry from the right. With no trusted proxy (hops 0) the header is the client's word: it is
 * still used (an honest client gets its own bucket), but spoofed values only ever reach the global
 * bucket's rate, which every caller shares (see createShareLimiter).
 */
export function clientKey(req: Request, hops = 0): string {
  const entries = (req.headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  const trusted = hops > 0 ? entries[entries.length - hops] : entries[0];
  return trusted || "direct";
}

/**
 * Per-client buckets plus one global bucket: a client that invents a new address per request gets a
 * fresh per-client bucket each time, but never more than the global rate for everyone together.
 */
export function createShareLimiter(perClient: number, global: number) {
  const clients = createRateLimiter(perClient);
  const all = createRateLimiter(global);
  return {
    take(client: string, now = Date.now()): number {
      const wait = clients.take(client, now);
      if (wait > 0) return wait;
      return all.take("*", now);
    },
  };
}
