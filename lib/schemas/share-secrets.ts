import { walkJson } from "./json-walk";

// What a share snapshot must never hold, found by looking at every string in it (field names are
// already limited by the schemas' allowlists; these catch a secret pasted into an allowed field).

const secretPatterns: { what: string; pattern: RegExp }[] = [
  // OpenAI / new-api / API·GO style keys (sk-…, sk-proj-…, sk-ant-…), and publishable/restricted keys.
  { what: "an API key", pattern: /\b(?:sk|rk|pk)-[A-Za-z0-9_-]{16,}/ },
  // Google API keys.
  { what: "an API key", pattern: /\bAIza[0-9A-Za-z_-]{30,}/ },
  { what: "an authorization header", pattern: /\b(?:bearer|basic)\s+[A-Za-z0-9._~+/=-]{16,}/i },
  // Userinfo in a URL: scheme://user:password@host.
  { what: "a URL with credentials", pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s/?#@]*:[^\s/?#@]*@/i },
  // Signed or keyed URLs: the query string carries the credential.
  {
    what: "a URL with credentials",
    pattern:
      /\bhttps?:\/\/\S*[?&](?:api[_-]?key|key|access[_-]?token|token|auth|sig|signature|x-amz-signature|x-goog-signature)=/i,
  },
  { what: "a cookie", pattern: /\b(?:set-)?cookie\s*:\s*\S+=/i },
];

/** Long base64 image data is skipped: it is checked as an image, and random bytes match anything. */
const isBase64Blob = (s: string) => s.length > 4096 && /^[A-Za-z0-9+/]+={0,2}$/.test(s);

/**
 * What kind of secret a value holds, if it looks like it holds one, at any depth. `extra` are exact
 * secrets to find: only ones the caller already knows (their own key). A server-held secret must never
 * be among them, or the reply would tell a caller whether their text contains it (an oracle).
 */
export function findSecret(value: unknown, extra: readonly string[] = []): string | undefined {
  const exact = extra.filter((s) => s.length >= 4);
  let found: string | undefined;
  // Strings only; a record's keys are visited as strings too (they are data as well).
  walkJson(value, (s) => {
    if (typeof s !== "string" || isBase64Blob(s)) return false;
    if (exact.some((secret) => s.includes(secret))) found = "your API key";
    else found = secretPatterns.find(({ pattern }) => pattern.test(s))?.what;
    return found !== undefined;
  });
  return found;
}
