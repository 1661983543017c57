import { randomBytes } from "node:crypto";

export const encoder = new TextEncoder();
export const NEW_API_VERSION = "v0.10.5-apigo-sim";
const ALNUM = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** FNV-1a 32-bit hash. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32 PRNG: deterministic floats in [0, 1). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(items: readonly T[], r: () => number): T {
  const v = items[Math.floor(r() * items.length) % items.length];
  if (v === undefined) throw new Error("pick from empty list");
  return v;
}

export function randomAlnum(n: number): string {
  const bytes = randomBytes(n);
  let out = "";
  for (const b of bytes) out += ALNUM[b % ALNUM.length];
  return out;
}

const BUILD_HASH = hash32("apigo-sim/new-api").toString(16).padStart(8, "0");

/** new-api request id: UTC yyyyMMddHHmmss + nanoseconds (no padding) + 8 hex + 8 alphanumerics. */
export function requestId(now = new Date()): string {
  const p = (n: number, w = 2) => String(n).padStart(w, "0");
  const stamp = `${now.getUTCFullYear()}${p(now.getUTCMonth() + 1)}${p(now.getUTCDate())}${p(now.getUTCHours())}${p(now.getUTCMinutes())}${p(now.getUTCSeconds())}`;
  const nanos = now.getUTCMilliseconds() * 1_000_000 + Math.floor(Math.random() * 1_000_000);
  return `${stamp}${nanos}${BUILD_HASH}${randomAlnum(8)}`;
}

/** Go encoding/json style: compact, with <, >, & escaped. */
export function goJson(v: unknown): string {
  return JSON.stringify(v).replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}

export function nowSec(): number {
  return Math.floor(Date.now() / 1000);
}

export function sortKeys(o: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o).sort()) out[k] = o[k];
  return out;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Sleep that rejects when the signal aborts; 0 ms still yields to the event loop. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new DOMException("Aborted", "AbortError"));
    const onAbort = () => {
      if (t) clearTimeout(t);
      if (imm) clearImmediate(imm);
      reject(new DOMException("Aborted", "AbortError"));
    };
    const fire = () => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    };
    let t: ReturnType<typeof setTimeout> | undefined;
    let imm: ReturnType<typeof setImmediate> | undefined;
    if (ms > 0) t = setTimeout(fire, ms);
    else imm = setImmediate(fire);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
