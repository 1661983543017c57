import "server-only";
import { z } from "zod";

// The only reader of process.env. Empty strings count as unset so that `FOO=` in a .env file
// does not switch a feature on by accident.
const emptyAsUnset = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optionalString = z.preprocess(emptyAsUnset, z.string().optional());
const int = (fallback: number) =>
  z.preprocess(emptyAsUnset, z.coerce.number().int().nonnegative().default(fallback));
const flag = z
  .preprocess(emptyAsUnset, z.enum(["1", "true", "0", "false"]).optional())
  .transform((v) => v === "1" || v === "true");

const schema = z
  .object({
    /**
     * Upstream gateway origin for keyed requests. Unset: https://api.apigo.ai (keyless requests still
     * go to the embedded simulator). `simulator`: the embedded simulator for everyone (tests, kiosks).
     */
    APIGO_BASE_URL: z.preprocess(
      emptyAsUnset,
      z.union([z.literal("simulator"), z.url({ protocol: /^https?$/ })]).optional(),
    ),
    /** Team deployments: a key the server adds for callers who hold the access code. */
    APIGO_SERVER_KEY: optionalString,
    ACCESS_CODE: optionalString,
    /** Lets a server key run without an access code (an open relay); off unless set on purpose. */
    ALLOW_OPEN_RELAY: flag,
    DEFAULT_VENDOR: optionalString,
    PROXY_MAX_JSON_BYTES: int(8 * 1024 * 1024),
    PROXY_MAX_MULTIPART_BYTES: int(32 * 1024 * 1024),
    /** How long the proxy waits for upstream response headers before answering 504. */
    UPSTREAM_HEADERS_TIMEOUT_MS: int(120_000),
    /**
     * A reply whose upstream sends nothing for this long is ended with a message (in its own SSE
     * dialect), the text so far kept. 0: never.
     */
    STREAM_SILENCE_TIMEOUT_MS: int(300_000),
    /**
     * Videos whose /content ignores Range (new-api's does) are fetched once into a disk cache and
     * served with Range from it: the cache's parent directory (default: the OS temp directory), its
     * total size (0: no cache), what one key may hold, and how long an entry lives.
     */
    VIDEO_CACHE_DIR: optionalString,
    VIDEO_CACHE_MAX_BYTES: int(1024 * 1024 * 1024),
    VIDEO_CACHE_KEY_MAX_BYTES: int(256 * 1024 * 1024),
    VIDEO_CACHE_MAX_AGE_MS: int(60 * 60 * 1000),
    /** Simulator stream speed; unset: 350 ms and 60 tokens/s, varied per model (lib/sim/model-speed.ts). */
    SIM_FIRST_TOKEN_MS: z.preprocess(emptyAsUnset, z.coerce.number().int().nonnegative().optional()),
    SIM_TOKENS_PER_SEC: z.preprocess(emptyAsUnset, z.coerce.number().int().nonnegative().optional()),
    SIM_VIDEO_SECONDS: int(20),
    /** Simulator: "ignore" answers video Range requests with the whole file, as new-api does. */
    SIM_VIDEO_RANGE: z.preprocess(emptyAsUnset, z.enum(["serve", "ignore"]).default("serve")),
    /** Share links: Postgres when set (several app instances), else SQLite under DATA_DIR. */
    DATABASE_URL: z.preprocess(emptyAsUnset, z.url({ protocol: /^postgres(ql)?$/ }).optional()),
    DATA_DIR: z.preprocess(emptyAsUnset, z.string().default("./data")),
    SHARE_MAX_BYTES: int(5 * 1024 * 1024),
    /** Largest finished video a video share stores beside its snapshot; past it the page says so. */
    SHARE_VIDEO_MAX_BYTES: int(20 * 1024 * 1024),
    /** Share links one client may create per minute; 0 turns the limit off. */
    SHARE_RATE_PER_MIN: int(20),
    /** Share links all clients together may create per minute (spoofed addresses end here); 0: off. */
    SHARE_RATE_GLOBAL_PER_MIN: int(300),
    /**
     * Reverse proxies in front of the app that append the peer address to X-Forwarded-For. 0 (direct
     * exposure): that header is the client's word and per-client limits are best effort.
     */
    TRUSTED_PROXY_HOPS: int(0),
    /** Wrong access codes all clients together may try per minute (past each client's own delay). */
    ACCESS_RATE_GLOBAL_PER_MIN: int(60),
    /** Total size of all stored shares; past it new shares get 507. 0: no cap. */
    SHARE_STORAGE_MAX_BYTES: int(1024 * 1024 * 1024),
    /** Snapshot bytes one client may store per hour (429 past it). 0: no quota. */
    SHARE_CLIENT_BYTES_PER_HOUR: int(50 * 1024 * 1024),
    /**
     * Origins (scheme://host[:port], comma-separated) whose pages may send state-changing requests.
     * Unset: the request's own origin when its host is localhost, an IP address or this machine's name.
     */
    ALLOWED_ORIGINS: optionalString,
    /** Deadline for reading a body the app reads whole (JSON, shares, session): 408 past it. */
    BODY_READ_TIMEOUT_MS: int(30_000),
    /** Node's deadline for a whole request, headers and body (uploads included); 0: Node's default. */
    REQUEST_TIMEOUT_MS: int(60_000),
    /** After SIGTERM, how long running streams may go on before they are ended with a message. */
    SHUTDOWN_DEADLINE_MS: int(25_000),
  })
  // A server key without an access code is an open relay of a paid key: refuse to start unless the
  // operator opted in on purpose.
  .refine((e) => !e.APIGO_SERVER_KEY || Boolean(e.ACCESS_CODE) || e.ALLOW_OPEN_RELAY, {
    message:
      "APIGO_SERVER_KEY is set without ACCESS_CODE: set ACCESS_CODE, or ALLOW_OPEN_RELAY=true to run an open relay on purpose",
    path: ["ACCESS_CODE"],
  });

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  cached ??= schema.parse(process.env);
  return cached;
}

/** Tests change process.env between cases; this drops the parsed copy. */
export function resetEnvForTests(): void {
  cached = undefined;
}
