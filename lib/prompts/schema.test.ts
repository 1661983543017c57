import { describe, expect, it } from "vitest";
import { shareSnapshotSchema } from "@/lib/schemas/share";
import { promptSchema } from "./schema";

const prompt = {
  id: "p1",
  name: "Explainer",
  createdAt: 1,
  versions: [
    {
      n: 1,
      savedAt: 2,
      setup: {
        api: "chat",
        model: "gpt-4o-mini",
        system: "S",
        messages: [{ role: "user", content: "Explain {{topic}}" }],
        params: { temperature: 0.5, api_key: "sk-smuggled", tool_choice: "required" },
        tools: [
          {
            type: "function",
            function: { name: "lookup", parameters: { type: "object", properties: {} }, strict: true },
            cache: "smuggled",
          },
        ],
        headers: { authorization: "Bearer x" },
      },
    },
  ],
};

describe("prompt schemas", () => {
  it("store the library's setup as saved (parameters are the tab's wire fields), unknown fields dropped", () => {
    const parsed = promptSchema.parse(prompt);
    expect(parsed.versions[0]?.setup).not.toHaveProperty("headers");
    expect(parsed.versions[0]?.setup.tools).toEqual([
      { type: "function", function: { name: "lookup", parameters: { type: "object", properties: {} } } },
    ]);
  });

  it("narrow a shared prompt to the share's parameter allowlist, keeping its tools and tool choice", () => {
    const snapshot = shareSnapshotSchema.parse({ v: 1, kind: "prompt", title: "Explainer", prompt });
    if (snapshot.kind !== "prompt") throw new Error("kind");
    const setup = snapshot.prompt.versions[0]?.setup;
    expect(setup?.params).toEqual({ temperature: 0.5, tool_choice: "required" });
    expect(setup?.tools).toEqual([
      { type: "function", function: { name: "lookup", parameters: { type: "object", properties: {} } } },
    ]);
    expect(JSON.stringify(snapshot)).not.toContain("sk-smuggled");
  });

  it("refuse a shared prompt with no versions or a bad role", () => {
    expect(
      shareSnapshotSchema.safeParse({ v: 1, kind: "prompt", prompt: { ...prompt, versions: [] } }).success,
    ).toBe(false);
    const bad = structuredClone(prompt);
    (bad.versions[0]?.setup.messages[0] as { role: string }).role = "system";
    expect(shareSnapshotSchema.safeParse({ v: 1, kind: "prompt", prompt: bad }).success).toBe(false);
  });
});

describe("a prompt's tools", () => {
  const withTools = (tools: unknown, api = "chat") => ({
    ...prompt,
    versions: [
      {
        ...prompt.versions[0],
        setup: { ...prompt.versions[0]?.setup, api, tools, params: { temperature: 1 } },
      },
    ],
  });
  const shared = (tools: unknown, api = "chat") =>
    shareSnapshotSchema.safeParse({ v: 1, kind: "prompt", prompt: withTools(tools, api) }).success;
  const fn = (name: string, parameters: unknown = { type: "object" }) => ({
    type: "function",
    function: { name, parameters },
  });
  let deep: unknown = { type: "object" };
  for (let i = 0; i < 10_000; i++) deep = { properties: { x: deep } };

  it("refuse hostile tool sets: bad names, too many, too deep, too large, not objects", () => {
    expect(shared([fn("ok")])).toBe(true);
    expect(shared([fn("bad name; rm -rf")])).toBe(false);
    expect(shared([fn("x".repeat(65))])).toBe(false);
    expect(shared(Array.from({ length: 129 }, (_, i) => fn(`t${i}`)))).toBe(false);
    expect(shared([fn("deep", deep)])).toBe(false);
    expect(shared([fn("big", { type: "object", description: "x".repeat(100_001) })])).toBe(false);
    expect(shared([fn("arr", [1, 2])])).toBe(false);
    expect(shared([fn("nan", { type: "object", minimum: Number.NaN })])).toBe(false);
    expect(promptSchema.safeParse(withTools([fn("deep", deep)])).success).toBe(false);
  });

  it("a shared setup takes only its own API's wire form", () => {
    const anthropic = { name: "lookup", input_schema: { type: "object" } };
    expect(shared([anthropic], "messages")).toBe(true);
    expect(shared([anthropic], "chat")).toBe(false);
    expect(shared([fn("lookup")], "messages")).toBe(false);
  });
});
