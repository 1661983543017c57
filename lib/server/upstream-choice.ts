import "server-only";
import { env } from "@/lib/env";
import { readCookie } from "./cookies";

/** Where keyed requests go when APIGO_BASE_URL is unset. */
export const DEFAULT_GATEWAY_ORIGIN = "https://api.apigo.ai";
/** The user's pick between the two fixed upstreams; httpOnly, Path=/api (see cookies.ts). */
export const UPSTREAM_COOKIE = "apigo_upstream";

export type UpstreamChoice = "gateway" | "simulator";
export type Upstream = { kind: "simulator" } | { kind: "remote"; origin: string };

/** APIGO_BASE_URL=simulator: the embedded simulator answers everyone; no gateway exists. */
export function simulatorForced(): boolean {
  return env().APIGO_BASE_URL === "simulator";
}

/** The configured gateway's origin (path, query and credentials in APIGO_BASE_URL are ignored). */
export function gatewayOrigin(): string | null {
  const base = env().APIGO_BASE_URL;
  if (base === "simulator") return null;
  if (base === undefined) return DEFAULT_GATEWAY_ORIGIN;
  // Parsed once per configured value (tests change it between cases).
  if (parsed?.base !== base) parsed = { base, origin: new URL(base).origin };
  return parsed.origin;
}
let parsed: { base: string; origin: string } | undefined;

/** The caller's explicit pick, if any. Any other cookie value counts as none. */
export function upstreamPreference(req: Request): UpstreamChoice | null {
  const value = readCookie(req, UPSTREAM_COOKIE);
  return value === "gateway" || value === "simulator" ? value : null;
}

/**
 * Which of the two fixed upstreams answers this request. A forced simulator wins; then the caller's
 * pick; with no pick, a request that carries a key (the caller's own or the team's) goes to the
 * gateway and a keyless one to the simulator, so a fresh install is a full offline demo.
 * Only these two targets exist: nothing the client sends names an address.
 */
export function chooseUpstream(req: Request, keyed: boolean): Upstream {
  const origin = gatewayOrigin();
  if (origin === null) return { kind: "simulator" };
  const pick = upstreamPreference(req) ?? (keyed ? "gateway" : "simulator");
  return pick === "gateway" ? { kind: "remote", origin } : { kind: "simulator" };
}

/** The label Settings and the badge may show: the host only when it is API·GO's public one. */
export function gatewayLabel(): "apigo" | "custom" | null {
  const origin = gatewayOrigin();
  if (origin === null) return null;
  return origin === DEFAULT_GATEWAY_ORIGIN ? "apigo" : "custom";
}
