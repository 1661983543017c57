import "server-only";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { clientKey } from "./rate-limit/client";
import { createLockout } from "./rate-limit/lockout";
import { sharedLimiterStore } from "./rate-limit/shared";
import { createTokenBucket } from "./rate-limit/token-bucket";

// Access-code guesses: a growing delay per client (5 free tries, then 1 s, 2 s, 4 s… up to 15 min,
// forgotten after an hour without a try) and a global budget of tries per minute for all clients
// together, spent only by clients not already held back. The global budget stops a crowd of addresses;
// its cost is that while it is spent nobody can enter the code (members who already did keep their
// cookie and are not affected). See README, "Access code".
// Both are counted in PostgreSQL with DATABASE_URL: spreading guesses over instances gains nothing.
let lockout: ReturnType<typeof createLockout> | undefined;
const lockoutOf = () => {
  lockout ??= createLockout({
    free: 5,
    baseMs: 1000,
    maxMs: 15 * 60_000,
    forgetMs: 60 * 60_000,
    store: sharedLimiterStore("access-lockout"),
  });
  return lockout;
};

let global: ReturnType<typeof createTokenBucket> | undefined;
let globalRate: number | undefined;
function globalBucket() {
  const rate = env().ACCESS_RATE_GLOBAL_PER_MIN;
  if (!global || globalRate !== rate) {
    global = createTokenBucket(rate, { store: sharedLimiterStore("access-all") });
    globalRate = rate;
  }
  return global;
}

function tooMany(wait: number, who: "you" | "everyone"): AppError {
  const message =
    who === "you"
      ? `Too many wrong access codes from your address: try again in ${wait} s`
      : `Too many access-code attempts on this playground right now: try again in ${wait} s`;
  return new AppError("rate_limited", message, { retryAfterSeconds: wait });
}

export interface AccessAttempt {
  client: string;
  /** Attempts without a success from this client, this one included. */
  count: number;
}

/** Counts one attempt before the code is checked; throws 429 when the client or everyone must wait. */
export async function beginAccessAttempt(req: Request, now = Date.now()): Promise<AccessAttempt> {
  const client = clientKey(req, env().TRUSTED_PROXY_HOPS);
  const own = await lockoutOf().attempt(client, now);
  if (own.wait > 0) throw tooMany(own.wait, "you");
  const all = await globalBucket().take("*", now);
  if (all > 0) throw tooMany(all, "everyone");
  return { client, count: own.failures };
}

/** After the check: a success clears the client's count; a failure is logged (never the guess). */
export async function endAccessAttempt(attempt: AccessAttempt, ok: boolean): Promise<void> {
  if (ok) {
    await lockoutOf().succeeded(attempt.client);
    return;
  }
  console.warn(`[session.access] wrong access code from ${attempt.client} (${attempt.count} in a row)`);
}
