import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** 16 random bytes (128 bits) as 22 base64url characters: matches `shareIdPattern`. */
export function newShareId(): string {
  return randomBytes(16).toString("base64url");
}

/** 32 random bytes as 43 base64url characters; only its SHA-256 is stored. */
export function newDeleteToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Constant-time check of a presented token against the stored hash. */
export function tokenMatches(token: string, storedHash: string): boolean {
  const presented = Buffer.from(hashToken(token), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
