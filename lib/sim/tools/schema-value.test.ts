import { describe, expect, it } from "vitest";
import { z } from "zod";
import { hash32, rng } from "../util";
import { planToolCalls, type ToolSpec } from "./pick";
import { argumentsFor } from "./schema-value";

const weather = {
  type: "object",
  properties: {
    city: { type: "string", description: "City name" },
    unit: { type: "string", enum: ["celsius", "fahrenheit"] },
    days: { type: "integer", minimum: 1, maximum: 7 },
  },
  required: ["city"],
  additionalProperties: false,
};

const nested = {
  type: "object",
  $defs: {
    point: {
      type: "object",
      properties: {
        lat: { type: "number", minimum: -90, maximum: 90 },
        lng: { type: "number", exclusiveMinimum: -180, exclusiveMaximum: 180 },
      },
      required: ["lat", "lng"],
    },
  },
  properties: {
    title: { type: "string", minLength: 12, maxLength: 20 },
    when: { type: "string", format: "date-time" },
    email: { type: "string", format: "email" },
    price: { type: "number", multipleOf: 0.25, minimum: 1, maximum: 2 },
    count: { type: "integer", exclusiveMinimum: 5, exclusiveMaximum: 8 },
    flags: { type: "array", items: { type: "boolean" }, minItems: 3, maxItems: 3 },
    tags: { type: "array", items: { type: "string", enum: ["a", "b", "c"] }, uniqueItems: true, minItems: 2 },
    where: { $ref: "#/$defs/point" },
    maybe: { type: ["string", "null"] },
    either: { anyOf: [{ type: "null" }, { type: "integer", minimum: 10, maximum: 10 }] },
    fixed: { const: "v1" },
    meta: {
      type: "object",
      properties: { owner: { type: "object", properties: { name: { type: "string" } }, required: ["name"] } },
      required: ["owner"],
    },
    both: {
      allOf: [
        { type: "object", properties: { a: { type: "string" } }, required: ["a"] },
        { properties: { b: { type: "integer" } }, required: ["b"] },
      ],
    },
  },
  required: ["title", "when", "price", "count", "flags", "tags", "where", "meta", "both"],
};

type JsonSchema = Parameters<typeof z.fromJSONSchema>[0];
const valid = (schema: object, v: unknown) => z.fromJSONSchema(schema as JsonSchema).safeParse(v);

describe("argumentsFor", () => {
  it("fills every field of a schema with a value valid against it", () => {
    for (let seed = 0; seed < 40; seed++) {
      for (const schema of [weather, nested]) {
        const v = argumentsFor(schema, rng(seed));
        const r = valid(schema, v);
        expect(r.error?.issues ?? [], JSON.stringify(v)).toEqual([]);
      }
    }
  });

  it("honours enum, range, const, $ref and allOf", () => {
    const v = argumentsFor(nested, rng(7)) as Record<string, unknown>;
    expect(v.fixed).toBe("v1");
    expect(v.either).toBe(10);
    expect(v.count === 6 || v.count === 7).toBe(true);
    expect((v.flags as unknown[]).length).toBe(3);
    expect(new Set(v.tags as string[]).size).toBe((v.tags as string[]).length);
    expect(Object.keys(v.where as object).sort()).toEqual(["lat", "lng"]);
    expect(Object.keys(v.both as object).sort()).toEqual(["a", "b"]);
  });

  it("is deterministic per seed and prefers a value the user named", () => {
    const a = argumentsFor(weather, rng(hash32("x")), "What's the weather in Tokyo?");
    const b = argumentsFor(weather, rng(hash32("x")), "What's the weather in Tokyo?");
    expect(a).toEqual(b);
    expect(a.city).toBe("Tokyo");
    expect(argumentsFor(weather, rng(3), "weather in tokyo, please").city).toBe("Tokyo");
    expect(argumentsFor(weather, rng(3), "Tokyoites").city).toBe(argumentsFor(weather, rng(3)).city);
  });

  it("gives {} for a tool without parameters", () => {
    expect(argumentsFor(undefined, rng(1))).toEqual({});
    expect(argumentsFor({ type: "object", properties: {} }, rng(1))).toEqual({});
  });
});

const tools: ToolSpec[] = [
  { name: "get_weather", description: "Weather for a city", schema: weather },
  {
    name: "search_docs",
    description: "Search the documentation",
    schema: { type: "object", properties: { query: { type: "string" } }, required: ["query"] },
  },
];

describe("planToolCalls", () => {
  const base = { tools, parallel: true, lastUser: "please search the documentation" };
  it("auto picks the tool the user's words match, one call", () => {
    const calls = planToolCalls({ ...base, choice: { kind: "auto" } });
    expect(calls.map((c) => c.name)).toEqual(["search_docs"]);
    expect(JSON.parse(calls[0]?.json ?? "")).toEqual(calls[0]?.input);
  });

  it("none calls nothing; named and [sim:tool] pick that tool", () => {
    expect(planToolCalls({ ...base, choice: { kind: "none" }, forceTool: "get_weather" })).toEqual([]);
    expect(
      planToolCalls({ ...base, choice: { kind: "named", name: "get_weather" } }).map((c) => c.name),
    ).toEqual(["get_weather"]);
    expect(
      planToolCalls({ ...base, choice: { kind: "required" }, forceTool: "get_weather" }).map((c) => c.name),
    ).toEqual(["get_weather"]);
    expect(
      planToolCalls({ ...base, choice: { kind: "auto" }, forceTool: "nope" }).map((c) => c.name),
    ).toEqual(["search_docs"]);
  });

  it("parallel calls each tool, or one tool N times with different arguments, unless parallel is off", () => {
    expect(planToolCalls({ ...base, choice: { kind: "auto" }, calls: 0 }).map((c) => c.name)).toEqual([
      "get_weather",
      "search_docs",
    ]);
    const three = planToolCalls({ ...base, choice: { kind: "auto" }, calls: 3, forceTool: "get_weather" });
    expect(three.map((c) => c.name)).toEqual(["get_weather", "get_weather", "get_weather"]);
    expect(new Set(three.map((c) => c.json)).size).toBe(3);
    expect(planToolCalls({ ...base, parallel: false, choice: { kind: "auto" }, calls: 0 })).toHaveLength(1);
  });
});
