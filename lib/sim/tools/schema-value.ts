import { isRecord, pick } from "../util";

type Schema = Record<string, unknown>;

/** Plain values for string fields, picked by the field's name (first matching rule wins). */
const NAMED: [RegExp, readonly string[]][] = [
  [/city|location|place|town/i, ["Paris", "Tokyo", "San Francisco, CA", "Berlin", "Shanghai"]],
  [/country/i, ["France", "Japan", "United States", "Germany", "China"]],
  [/email/i, ["ada@example.com", "lin@example.com"]],
  [/url|link|href/i, ["https://example.com/docs", "https://example.com/api"]],
  [/lang/i, ["en", "zh-CN", "fr"]],
  [/currency/i, ["USD", "EUR", "CNY"]],
  [/unit/i, ["celsius", "fahrenheit"]],
  [/name/i, ["Ada Lovelace", "Lin Wei", "Grace Hopper"]],
  [/query|search|question|prompt|text|message|q$/i, ["weather forecast", "latest release notes"]],
  [/id$/i, ["item_001", "item_042"]],
];

const FORMATS: Record<string, readonly string[]> = {
  date: ["2026-05-14", "2026-11-02"],
  "date-time": ["2026-05-14T09:30:00Z", "2026-11-02T18:05:00Z"],
  time: ["09:30:00", "18:05:00"],
  email: ["ada@example.com", "lin@example.com"],
  uri: ["https://example.com/docs", "https://example.com/api"],
  url: ["https://example.com/docs"],
  uuid: ["6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f", "0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d"],
  hostname: ["api.example.com"],
  ipv4: ["192.0.2.10"],
  ipv6: ["2001:db8::10"],
};

interface Gen {
  root: Schema;
  /** The user's words: a listed value they mention is preferred (they asked about Paris: Paris). */
  hint: string;
  /** Which call of the same tool this is: the nth value the user named goes to the nth call. */
  nth: number;
  r: () => number;
  depth: number;
}

/** Follow a local `$ref` (`#/$defs/x`, `#/definitions/x`, `#`) inside the root schema. */
function deref(s: Schema, g: Gen): Schema {
  let cur = s;
  for (let hops = 0; typeof cur.$ref === "string" && hops < 8; hops++) {
    const ref = cur.$ref;
    if (!ref.startsWith("#")) return {};
    let node: unknown = g.root;
    for (const part of ref.slice(1).split("/").filter(Boolean)) {
      node = isRecord(node)
        ? node[decodeURIComponent(part.replace(/~1/g, "/").replace(/~0/g, "~"))]
        : undefined;
    }
    cur = isRecord(node) ? node : {};
  }
  return cur;
}

/** `allOf` members merged into one schema (properties and required united). */
function merged(s: Schema, g: Gen): Schema {
  if (!Array.isArray(s.allOf)) return s;
  const out: Schema = { ...s, allOf: undefined };
  const props: Schema = isRecord(s.properties) ? { ...s.properties } : {};
  const required = new Set(Array.isArray(s.required) ? s.required : []);
  for (const m of s.allOf) {
    if (!isRecord(m)) continue;
    const part = merged(deref(m, g), g);
    Object.assign(out, { ...part, properties: undefined, required: undefined });
    if (isRecord(part.properties)) Object.assign(props, part.properties);
    if (Array.isArray(part.required)) for (const k of part.required) required.add(k);
  }
  out.properties = props;
  out.required = [...required];
  return out;
}

function typeOf(s: Schema): string {
  const t = s.type;
  if (typeof t === "string") return t;
  if (Array.isArray(t)) {
    const real = t.filter((x): x is string => typeof x === "string" && x !== "null");
    return real[0] ?? "null";
  }
  if (isRecord(s.properties)) return "object";
  if (isRecord(s.items)) return "array";
  return "string";
}

function numberFor(s: Schema, integer: boolean, g: Gen): number {
  const num = (v: unknown) => (typeof v === "number" ? v : undefined);
  const exMin = num(s.exclusiveMinimum);
  const exMax = num(s.exclusiveMaximum);
  const step = num(s.multipleOf) ?? (integer ? 1 : 0);
  const min = num(s.minimum) ?? (exMin === undefined ? undefined : exMin + (step || 0.5));
  const max = num(s.maximum) ?? (exMax === undefined ? undefined : exMax - (step || 0.5));
  const lo = min ?? (max !== undefined ? Math.min(0, max - 100) : 0);
  const hi = max ?? lo + 100;
  let v = lo + g.r() * Math.max(0, hi - lo);
  if (step > 0) {
    v = Math.ceil(lo / step) * step + Math.floor((v - lo) / step) * step;
    if (v > hi) v -= step;
    return Number(v.toFixed(6));
  }
  return integer ? Math.round(v) : Math.round(v * 100) / 100;
}

/** Whether the user's text names `value` as a whole word ("en" is not in "when"). */
function mentions(text: string, value: string): boolean {
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}($|[^\\p{L}\\p{N}])`, "iu").test(text);
}

function stringFor(s: Schema, name: string, g: Gen): string {
  const fmt = typeof s.format === "string" ? FORMATS[s.format] : undefined;
  const byName = NAMED.find(([re]) => re.test(name))?.[1];
  const pool = fmt ?? byName ?? [`${name || "value"} ${1 + Math.floor(g.r() * 9)}`];
  const named = pool.filter((x) => mentions(g.hint, x.split(",")[0] ?? x));
  let v = named[g.nth] ?? pick(pool, g.r);
  const minLen = typeof s.minLength === "number" ? s.minLength : 0;
  const maxLen = typeof s.maxLength === "number" ? s.maxLength : Number.POSITIVE_INFINITY;
  while (v.length < minLen) v += "x";
  if (v.length > maxLen) v = v.slice(0, maxLen);
  return v;
}

function objectFor(s: Schema, g: Gen): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const props = isRecord(s.properties) ? s.properties : {};
  const required = new Set(Array.isArray(s.required) ? s.required : []);
  // Required fields always; optional ones too while shallow (deep optional trees are left out).
  for (const [key, sub] of Object.entries(props)) {
    if (!required.has(key) && g.depth > 3) continue;
    out[key] = gen(isRecord(sub) ? sub : {}, key, { ...g, depth: g.depth + 1 });
  }
  const minProps = typeof s.minProperties === "number" ? s.minProperties : 0;
  const extra = isRecord(s.additionalProperties) ? s.additionalProperties : {};
  for (let i = 1; Object.keys(out).length < minProps && s.additionalProperties !== false; i++) {
    out[`key_${i}`] = gen(extra, `key_${i}`, { ...g, depth: g.depth + 1 });
  }
  return out;
}

function arrayFor(s: Schema, name: string, g: Gen): unknown[] {
  const minItems = typeof s.minItems === "number" ? s.minItems : 1;
  const maxItems = typeof s.maxItems === "number" ? s.maxItems : Math.max(minItems, 2);
  const count = Math.min(maxItems, Math.max(minItems, g.depth > 3 ? minItems : 2));
  const prefix = Array.isArray(s.prefixItems) ? s.prefixItems : [];
  const items = isRecord(s.items) ? s.items : {};
  const out: unknown[] = [];
  const seen = new Set<string>();
  for (let i = 0, tries = 0; out.length < count && tries < count * 8; tries++) {
    const sub = prefix[i];
    const v = gen(isRecord(sub) ? sub : items, name.replace(/s$/, ""), { ...g, depth: g.depth + 1 });
    const key = JSON.stringify(v);
    if (s.uniqueItems === true && seen.has(key)) continue;
    seen.add(key);
    out.push(v);
    i++;
  }
  return out;
}

function gen(raw: Schema, name: string, g: Gen): unknown {
  const s = merged(deref(raw, g), g);
  if ("const" in s) return s.const;
  if (Array.isArray(s.enum) && s.enum.length > 0) return pick(s.enum, g.r);
  const alt = Array.isArray(s.anyOf) ? s.anyOf : Array.isArray(s.oneOf) ? s.oneOf : undefined;
  if (alt) {
    const usable = alt.filter((a) => isRecord(a) && a.type !== "null");
    const first = usable[0];
    return gen(isRecord(first) ? first : {}, name, g);
  }
  switch (typeOf(s)) {
    case "object":
      return objectFor(s, g);
    case "array":
      return arrayFor(s, name, g);
    case "integer":
      return numberFor(s, true, g);
    case "number":
      return numberFor(s, false, g);
    case "boolean":
      return g.r() < 0.5;
    case "null":
      return null;
    default:
      return stringFor(s, name, g);
  }
}

/**
 * A value valid against a tool's JSON Schema (types, required, enum/const, nested objects and arrays,
 * min/max, lengths, formats, local `$ref`, `allOf`/`anyOf`/`oneOf`), drawn from `r` so the same seed
 * gives the same arguments. `pattern` is not honoured (rare in tool schemas).
 */
export function valueForSchema(schema: unknown, r: () => number, hint = "", nth = 0): unknown {
  const root = isRecord(schema) ? schema : {};
  return gen(root, "", { root, hint, nth, r, depth: 0 });
}

/** Tool arguments are always a JSON object: a schema without properties gives `{}`. */
export function argumentsFor(schema: unknown, r: () => number, hint = "", nth = 0): Record<string, unknown> {
  const object = isRecord(schema) ? { type: "object", ...schema } : { type: "object" };
  const v = valueForSchema(object, r, hint, nth);
  return isRecord(v) ? v : {};
}
