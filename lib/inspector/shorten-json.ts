/** Strings longer than this are shortened in what the inspector keeps (a base64 image is megabytes). */
export const LONG_STRING = 200;
const KEEP = 64;
const MAX_DEPTH = 64;
/** Past this a body that is not JSON is cut; the inspector's pretty-printer caps what it draws anyway. */
const MAX_TEXT = 200_000;

export interface ShortenedBody {
  text: string;
  shortened: boolean;
}

/**
 * A reply body as the inspector keeps it: JSON with every long string cut to its head and an ellipsis
 * (the structure, ids, statuses and short fields stay exact), other text cut at MAX_TEXT.
 */
export function shortenBody(text: string): ShortenedBody {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return text.length > MAX_TEXT
      ? { text: text.slice(0, MAX_TEXT), shortened: true }
      : { text, shortened: false };
  }
  let shortened = false;
  const walk = (v: unknown, depth: number): unknown => {
    if (typeof v === "string" && v.length > LONG_STRING) {
      shortened = true;
      return `${v.slice(0, KEEP)}…`;
    }
    if (v === null || typeof v !== "object" || depth >= MAX_DEPTH) return v;
    if (Array.isArray(v)) return v.map((item) => walk(item, depth + 1));
    return Object.fromEntries(Object.entries(v).map(([k, item]) => [k, walk(item, depth + 1)]));
  };
  const walked = walk(value, 0);
  return shortened ? { text: JSON.stringify(walked), shortened } : { text, shortened };
}
