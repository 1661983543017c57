import { describe, expect, it } from "vitest";
import { anthropicEvents, json, msgBody, post, testSim } from "../test-helpers";

const sim = testSim();
const tools = [
  {
    name: "get_weather",
    description: "Get the current weather for a city",
    input_schema: {
      type: "object",
      properties: { city: { type: "string" }, days: { type: "integer", minimum: 1, maximum: 5 } },
      required: ["city"],
    },
  },
  {
    name: "search_docs",
    description: "Search the docs",
    input_schema: { type: "object", properties: { query: { type: "string" } } },
  },
  { type: "web_search_20250305", name: "web_search", max_uses: 1 },
];
type Block = Record<string, unknown>;
const messages = (content: string, extra: Record<string, unknown> = {}) =>
  post(sim, "/v1/messages", msgBody(content, { tools, ...extra }));

describe("Messages API with tools", () => {
  it("non-stream: a text block, then tool_use with an input valid for the schema; stop_reason tool_use", async () => {
    const r = await json(await messages("What's the weather in Berlin?"));
    const content = r.content as Block[];
    expect(content.map((b) => b.type)).toEqual(["text", "tool_use"]);
    expect(content[0]?.text).toBe("I'll use `get_weather` to answer this.");
    const use = content[1] ?? {};
    expect(Object.keys(use)).toEqual(["type", "id", "name", "input"]);
    expect(use.id).toMatch(/^toolu_01[A-Za-z0-9]{22}$/);
    expect(use.name).toBe("get_weather");
    const input = use.input as { city: string; days: number };
    expect(input.city).toBe("Berlin");
    expect(input.days).toBeGreaterThanOrEqual(1);
    expect(input.days).toBeLessThanOrEqual(5);
    expect(r.stop_reason).toBe("tool_use");
    expect((r.usage as { output_tokens: number }).output_tokens).toBeGreaterThan(10);
  });

  it("stream: tool_use block start with input {}, input_json_delta fragments, stop; parallel blocks in order", async () => {
    const raw = await (await messages("[sim:tools=parallel] go", { stream: true })).text();
    const events = anthropicEvents(raw);
    const starts = events.filter((e) => e.event === "content_block_start").map((e) => e.data);
    expect(starts.map((s) => (s.content_block as Block).type)).toEqual(["text", "tool_use", "tool_use"]);
    expect(starts.map((s) => s.index)).toEqual([0, 1, 2]);
    for (const s of starts.slice(1)) {
      const b = s.content_block as Block;
      expect(b.input).toEqual({});
      const frags = events
        .filter((e) => e.event === "content_block_delta" && e.data.index === s.index)
        .map((e) => e.data.delta as { type: string; partial_json: string });
      expect(frags[0]).toEqual({ type: "input_json_delta", partial_json: "" });
      expect(frags.every((f) => f.type === "input_json_delta")).toBe(true);
      expect(typeof JSON.parse(frags.map((f) => f.partial_json).join(""))).toBe("object");
    }
    expect(starts.map((s) => (s.content_block as Block).name).slice(1)).toEqual([
      "get_weather",
      "search_docs",
    ]);
    const delta = events.find((e) => e.event === "message_delta")?.data;
    expect(delta?.delta).toMatchObject({ stop_reason: "tool_use" });
    expect(events.at(-1)?.event).toBe("message_stop");
  });

  it("honours tool_choice any / tool / none and disable_parallel_tool_use", async () => {
    const any = await json(await messages("hello", { tool_choice: { type: "any" } }));
    expect((any.content as Block[]).map((b) => b.type)).toEqual(["tool_use"]);
    const named = await json(
      await messages("weather", { tool_choice: { type: "tool", name: "search_docs" } }),
    );
    expect((named.content as Block[]).map((b) => b.name)).toEqual(["search_docs"]);
    const none = await json(await messages("weather", { tool_choice: { type: "none" } }));
    expect((none.content as Block[]).map((b) => b.type)).toEqual(["text"]);
    expect(none.stop_reason).toBe("end_turn");
    const one = await json(
      await messages("[sim:tools=parallel]", {
        tool_choice: { type: "auto", disable_parallel_tool_use: true },
      }),
    );
    expect((one.content as Block[]).filter((b) => b.type === "tool_use")).toHaveLength(1);
  });

  it("[sim:drop] ends the stream inside the tool input, without message_stop", async () => {
    const events = anthropicEvents(await (await messages("[sim:drop] weather", { stream: true })).text());
    expect(events.some((e) => (e.data.delta as Block | undefined)?.type === "input_json_delta")).toBe(true);
    expect(events.some((e) => e.event === "message_stop" || e.event === "message_delta")).toBe(false);
  });

  const history = [
    { role: "user", content: "Weather in Paris?" },
    {
      role: "assistant",
      content: [
        { type: "text", text: "Checking." },
        { type: "tool_use", id: "toolu_a", name: "get_weather", input: { city: "Paris" } },
        { type: "tool_use", id: "toolu_b", name: "search_docs", input: { query: "paris" } },
      ],
    },
  ];

  it("reads tool_result blocks back (is_error acknowledged) into the reply", async () => {
    const results = {
      role: "user",
      content: [
        { type: "tool_result", tool_use_id: "toolu_a", content: '{"temp_c":17,"sky":"rain"}' },
        {
          type: "tool_result",
          tool_use_id: "toolu_b",
          content: [{ type: "text", text: "index offline" }],
          is_error: true,
        },
      ],
    };
    const r = await json(
      await post(sim, "/v1/messages", msgBody("", { messages: [...history, results], tools })),
    );
    expect(r.stop_reason).toBe("end_turn");
    const text = String((r.content as Block[])[0]?.text);
    expect(text).toContain('for "Weather in Paris?"');
    expect(text).toContain('`get_weather` returned: {"temp_c":17,"sky":"rain"}');
    expect(text).toContain('`search_docs` failed: "index offline"');
    expect(text).toContain("1 of 2 tool calls succeeded");
  });

  it("rejects tool results that do not pair with Anthropic's texts (new-api's rewrite)", async () => {
    const send = async (extra: unknown[]) => {
      const res = await post(sim, "/v1/messages", msgBody("", { messages: [...history, ...extra], tools }));
      expect(res.status).toBe(400);
      return (await json(res)) as { type: string; error: { type: string; message: string } };
    };
    const unknown = await send([
      { role: "user", content: [{ type: "tool_result", tool_use_id: "toolu_x", content: "1" }] },
    ]);
    expect(unknown.type).toBe("error");
    expect(unknown.error.type).toBe("<nil>");
    expect(unknown.error.message).toMatch(
      /^messages\.2\.content\.0: unexpected `tool_use_id` found in `tool_result` blocks: toolu_x\. Each `tool_result` block must have a corresponding `tool_use` block in the previous message\. \(request id: \w+\)$/,
    );
    const forced = await post(
      sim,
      "/v1/messages",
      msgBody("hi", {
        tools,
        tool_choice: { type: "any" },
        thinking: { type: "enabled", budget_tokens: 1024 },
      }),
    );
    expect(forced.status).toBe(400);
    expect(((await json(forced)).error as Block).message).toMatch(
      /^Thinking may not be enabled when tool_choice forces tool use\. \(request id/,
    );
    const missing = await send([
      { role: "user", content: [{ type: "tool_result", tool_use_id: "toolu_a", content: "1" }] },
    ]);
    expect(missing.error.message).toMatch(
      /^messages\.1: `tool_use` ids were found without `tool_result` blocks immediately after: toolu_b\./,
    );
  });
});
