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
      bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.at) * refillPerMs);
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
 * Who is asking. Route handlers do not see the socket address, so this trusts the first forwarded
 * address that a reverse proxy sets; without a proxy every caller shares one bucket per address seen.
 */
export function clientKey(req: Request): string {
  const forwarded = req.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || req.headers.get("x-real-ip")?.trim() || "direct";
}
