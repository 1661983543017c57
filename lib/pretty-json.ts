/**
 * The one pretty-printer for JSON shown to people (tool calls, the inspector, View code, share pages).
 * `JSON.stringify(v, null, 2)` costs the square of the nesting depth: every line of a value nested
 * 1,000 deep carries up to 2,000 spaces, so a 41 KB share became 80 MB of HTML (issue #16). Here:
 * - levels up to `maxDepth` are indented as JSON.stringify would; anything deeper is written compactly
 *   on one line (still valid JSON, so generated code stays runnable), which keeps the output linear;
 * - the output stops at `maxChars` with `truncated` set, so the caller shows a note (Infinity: no cap).
 */
export const PRETTY_MAX_DEPTH = 12;
export const PRETTY_MAX_CHARS = 100_000;

export interface PrettyJson {
  text: string;
  truncated: boolean;
}

export interface PrettyOptions {
  maxDepth?: number;
  maxChars?: number;
}

export function prettyJson(value: unknown, opts: PrettyOptions = {}): PrettyJson {
  const maxDepth = opts.maxDepth ?? PRETTY_MAX_DEPTH;
  const maxChars = opts.maxChars ?? PRETTY_MAX_CHARS;
  const out: string[] = [];
  let length = 0;
  let full = false;
  const emit = (s: string) => {
    out.push(s);
    length += s.length;
    if (length > maxChars) full = true;
  };
  const write = (input: unknown, depth: number, indent: string) => {
    const v = jsonValue(input);
    if (v === null || typeof v !== "object") return emit(JSON.stringify(v) ?? "null");
    if (depth >= maxDepth) return emit(compact(v));
    const inner = `${indent}  `;
    const items: [string, unknown][] = Array.isArray(v)
      ? v.map((item) => ["", jsonValue(item) === undefined ? null : item])
      : Object.entries(v)
          .filter(([, item]) => jsonValue(item) !== undefined)
          .map(([key, item]) => [`${JSON.stringify(key)}: `, item]);
    const [open, close] = Array.isArray(v) ? ["[", "]"] : ["{", "}"];
    if (items.length === 0) return emit(`${open}${close}`);
    emit(`${open}\n`);
    for (let i = 0; i < items.length && !full; i++) {
      const [prefix, item] = items[i] as [string, unknown];
      emit(`${inner}${prefix}`);
      write(item, depth + 1, inner);
      emit(i < items.length - 1 ? ",\n" : "\n");
    }
    emit(`${indent}${close}`);
  };
  write(value, 0, "");
  const text = out.join("");
  return full ? { text: text.slice(0, maxChars), truncated: true } : { text, truncated: false };
}

/** What JSON.stringify would serialise for a value: toJSON applied, functions and symbols dropped. */
function jsonValue(v: unknown): unknown {
  if (typeof v === "function" || typeof v === "symbol") return undefined;
  if (v !== null && typeof v === "object" && "toJSON" in v && typeof v.toJSON === "function")
    return v.toJSON();
  return v;
}

function compact(v: unknown): string {
  try {
    return JSON.stringify(v) ?? "null";
  } catch {
    // Nested past what the engine's own stack allows: nothing sensible to show below this level.
    return Array.isArray(v) ? "[…]" : "{…}";
  }
}

/** Pretty JSON when the text is JSON, the text as it is otherwise; both capped like prettyJson. */
export function prettyIfJson(text: string, opts: PrettyOptions = {}): PrettyJson {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return capText(text, opts.maxChars);
  }
  return prettyJson(parsed, opts);
}

/** Text shown as it is, cut at maxChars like prettyJson's output. */
export function capText(text: string, maxChars = PRETTY_MAX_CHARS): PrettyJson {
  return text.length > maxChars
    ? { text: text.slice(0, maxChars), truncated: true }
    : { text, truncated: false };
}
