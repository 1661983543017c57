import "server-only";

/** What a log line or an echoed message may show of a key: its last 4 characters, only when long enough. */
export function maskKey(key: string): string {
  return key.length > 8 ? `…${key.slice(-4)}` : "…";
}

/** Replaces every occurrence of the given secrets by their masked form. */
export function maskSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join(maskKey(secret));
  }
  return out;
}

// Shapes of keys we may meet in free text (library errors); only used for log lines, where an
// over-eager mask costs nothing.
const keyLike = /\b(?:sk|sim)[-_]?[A-Za-z0-9_-]{4,}|\bBearer\s+\S+/gi;

/** For log lines: known secrets and anything shaped like a key, masked. */
export function redactForLog(text: string, secrets: readonly (string | undefined)[] = []): string {
  return maskSecrets(text, secrets).replace(keyLike, (m) => maskKey(m));
}
