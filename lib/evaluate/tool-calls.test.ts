import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { requestOfCell } from "./cell-setup";
import { createRunStore } from "./persist";
import { evalRunSchema } from "./schema";
import { createEvalStore } from "./store";
import { simFetch, testRun } from "./test-helpers";
import { callLine, gradedText, prettyArguments, replyPreview } from "./tool-calls";

const weather = {
  type: "function" as const,
  function: {
    name: "get_weather",
    description: "Weather in a city.",
    parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
  },
};

/** A chat-saved prompt with one tool, forced, run on a chat and a Messages column. */
const run = testRun({
  prompt: {
    api: "chat",
    model: "gpt-4o-mini",
    system: "",
    messages: [{ role: "user", content: "Weather in {{topic}}? [sim:tool=get_weather]" }],
    params: { temperature: 0, tool_choice: { type: "function", function: { name: "get_weather" } } },
    tools: [weather],
  },
  cases: [{ id: "c1", vars: { topic: "Paris" } }],
  graders: [
    { kind: "json" },
    {
      kind: "json-schema",
      value: JSON.stringify({
        type: "array",
        items: {
          type: "object",
          properties: { name: { const: "get_weather" }, arguments: { required: ["city"] } },
          required: ["name", "arguments"],
        },
        minItems: 1,
      }),
    },
  ],
});

describe("Evaluate with tools", () => {
  it("each column sends the prompt's tools in its API's wire form and grades the calls as JSON", async () => {
    const sim = simFetch();
    const store = createEvalStore({ runStore: createRunStore("test-eval-tools"), fetch: sim.fetch });
    await store.getState().hydrate();
    store.getState().loadRun(run);
    const settled = new Promise<void>((resolve) => {
      const off = store.subscribe((s) => {
        if (!s.running && Object.values(s.run.cells).every((c) => c.grades)) {
          off();
          resolve();
        }
      });
    });
    store.getState().runAll();
    await settled;

    const chat = sim.requests.find((r) => r.url.endsWith("/v1/chat/completions"))?.body;
    const messages = sim.requests.find((r) => r.url.endsWith("/v1/messages"))?.body;
    expect(chat).toMatchObject({
      tools: [weather],
      tool_choice: { type: "function", function: { name: "get_weather" } },
      temperature: 0,
    });
    expect(messages).toMatchObject({
      tools: [
        { name: "get_weather", description: "Weather in a city.", input_schema: weather.function.parameters },
      ],
      tool_choice: { type: "tool", name: "get_weather" },
    });
    expect(messages).not.toHaveProperty("parallel_tool_calls");

    for (const key of ["c1:a", "c1:b"]) {
      const cell = store.getState().run.cells[key];
      expect(cell?.status).toBe("done");
      expect(cell?.toolCalls?.[0]?.name).toBe("get_weather");
      expect(JSON.parse(cell?.toolCalls?.[0]?.arguments ?? "{}")).toHaveProperty("city");
      expect(cell?.grades?.map((g) => g.pass)).toEqual([true, true]);
    }
    // A run with tool calls is stored and shared through the same schema.
    expect(evalRunSchema.safeParse(store.getState().run).success).toBe(true);
  });

  it("the Inspector's request of a Messages column carries the converted tools", async () => {
    const request = await requestOfCell(run, "c1:b");
    expect(JSON.parse(request?.body ?? "{}").tools).toEqual([
      { name: "get_weather", description: "Weather in a city.", input_schema: weather.function.parameters },
    ]);
  });

  it("graders read a reply's text, or the JSON of its calls; the cell shows them capped", () => {
    expect(gradedText({ text: "hi" })).toBe("hi");
    const calls = [
      { name: "get_weather", arguments: '{"city":"Paris"}' },
      { name: "run_sql", arguments: "not json" },
    ];
    expect(JSON.parse(gradedText({ text: "Let me check.", toolCalls: calls }))).toEqual([
      { name: "get_weather", arguments: { city: "Paris" } },
      { name: "run_sql", arguments: "not json" },
    ]);
    expect(callLine({ name: "f", arguments: "x".repeat(1000) }, 20)).toHaveLength(20);
    expect(replyPreview({ text: "Let me check.", toolCalls: calls }, 360)).toBe(
      'get_weather({"city":"Paris"})\nrun_sql(not json)',
    );
    expect(replyPreview({ text: "abcdef" }, 4)).toBe("abc…");
    expect(prettyArguments(calls[0] ?? { name: "", arguments: "" })).toBe('{\n  "city": "Paris"\n}');
  });
});
