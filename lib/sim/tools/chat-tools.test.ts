import { describe, expect, it } from "vitest";
import { chatBody, json, openAiEvents, post, testSim } from "../test-helpers";

const sim = testSim();
const weather = {
  type: "function",
  function: {
    name: "get_weather",
    description: "Get the current weather for a city",
    parameters: {
      type: "object",
      properties: { city: { type: "string" }, unit: { type: "string", enum: ["celsius", "fahrenheit"] } },
      required: ["city", "unit"],
      additionalProperties: false,
    },
  },
};
const search = {
  type: "function",
  function: {
    name: "search_docs",
    description: "Search the docs",
    parameters: { type: "object", properties: { query: { type: "string" } }, required: ["query"] },
  },
};
const tools = [weather, search];

type Call = { id: string; type: string; function: { name: string; arguments: string } };
const chat = (content: string, extra: Record<string, unknown> = {}) =>
  post(sim, "/v1/chat/completions", chatBody(content, { tools, ...extra }));

async function streamed(content: string, extra: Record<string, unknown> = {}) {
  const raw = await (await chat(content, { stream: true, ...extra })).text();
  const events = openAiEvents(raw);
  expect(events.at(-1)).toBe("[DONE]");
  return events.slice(0, -1).map((e) => JSON.parse(e) as Record<string, unknown>);
}

describe("chat completions with tools", () => {
  it("non-stream: tool_calls with JSON arguments valid for the schema, content null, finish tool_calls", async () => {
    const r = await json(await chat("What's the weather in Paris?"));
    const choice = (r.choices as { message: Record<string, unknown>; finish_reason: string }[])[0];
    expect(choice?.finish_reason).toBe("tool_calls");
    expect(choice?.message.content).toBeNull();
    const calls = choice?.message.tool_calls as Call[];
    expect(calls).toHaveLength(1);
    expect(calls[0]?.id).toMatch(/^call_[A-Za-z0-9]{24}$/);
    expect(calls[0]?.type).toBe("function");
    expect(calls[0]?.function.name).toBe("get_weather");
    const args = JSON.parse(calls[0]?.function.arguments ?? "") as Record<string, unknown>;
    expect(args.city).toBe("Paris");
    expect(["celsius", "fahrenheit"]).toContain(args.unit);
    const usage = r.usage as { completion_tokens: number; prompt_tokens: number };
    const plain = await json(
      await post(sim, "/v1/chat/completions", chatBody("What's the weather in Paris?")),
    );
    expect(usage.prompt_tokens).toBeGreaterThan(
      (plain.usage as { prompt_tokens: number }).prompt_tokens + 20,
    );
    expect(usage.completion_tokens).toBeGreaterThanOrEqual(10);
  });

  it("stream: the first delta opens each call, later deltas carry only index and argument fragments", async () => {
    const chunks = await streamed("[sim:tools=parallel] weather and docs please");
    const deltas = chunks.flatMap((c) =>
      (c.choices as { delta: Record<string, unknown> }[]).map((x) => x.delta),
    );
    expect(Object.keys(deltas[0] ?? {})).toEqual(["role", "content", "tool_calls", "refusal"]);
    expect(deltas[0]).toMatchObject({ role: "assistant", content: null, refusal: null });
    const parts = deltas.flatMap((d) => (d.tool_calls as Record<string, unknown>[] | undefined) ?? []);
    const byIndex = new Map<number, { id?: unknown; name?: unknown; args: string }>();
    for (const p of parts) {
      const fn = p.function as { name?: string; arguments: string };
      const cur = byIndex.get(p.index as number);
      if (!cur) {
        expect(Object.keys(p)).toEqual(["index", "id", "type", "function"]);
        expect(fn).toEqual({ name: fn.name, arguments: "" });
        byIndex.set(p.index as number, { id: p.id, name: fn.name, args: "" });
      } else {
        expect(Object.keys(p)).toEqual(["index", "function"]);
        expect(Object.keys(fn)).toEqual(["arguments"]);
        cur.args += fn.arguments;
      }
    }
    expect([...byIndex.keys()]).toEqual([0, 1]);
    expect([...byIndex.values()].map((c) => c.name)).toEqual(["get_weather", "search_docs"]);
    for (const c of byIndex.values()) expect(() => JSON.parse(c.args)).not.toThrow();
    const finish = chunks.flatMap((c) =>
      (c.choices as { finish_reason: string | null }[]).map((x) => x.finish_reason),
    );
    expect(finish.filter(Boolean)).toEqual(["tool_calls"]);
    const usage = chunks.at(-1)?.usage as { completion_tokens: number };
    expect(usage.completion_tokens).toBeGreaterThan(10);
  });

  it("honours tool_choice none / named and parallel_tool_calls false", async () => {
    const none = await json(await chat("weather in Paris", { tool_choice: "none" }));
    const msg = (none.choices as { message: Record<string, unknown>; finish_reason: string }[])[0];
    expect(msg?.finish_reason).toBe("stop");
    expect(msg?.message.tool_calls).toBeUndefined();
    expect(String(msg?.message.content)).toContain("weather in Paris");
    const named = await json(
      await chat("weather in Paris", {
        tool_choice: { type: "function", function: { name: "search_docs" } },
      }),
    );
    const namedCalls = (named.choices as { message: { tool_calls: Call[] } }[])[0]?.message.tool_calls;
    expect(namedCalls?.map((c) => c.function.name)).toEqual(["search_docs"]);
    const single = await json(await chat("[sim:tools=3]", { parallel_tool_calls: false }));
    expect((single.choices as { message: { tool_calls: Call[] } }[])[0]?.message.tool_calls).toHaveLength(1);
    const forced = await json(await chat("hello [sim:tool=search_docs] [sim:tools=2]"));
    const forcedCalls = (forced.choices as { message: { tool_calls: Call[] } }[])[0]?.message.tool_calls;
    expect(forcedCalls?.map((c) => c.function.name)).toEqual(["search_docs", "search_docs"]);
  });

  it("[sim:cut] breaks off inside the arguments: no finish_reason, new-api's usage chunk and [DONE]", async () => {
    const chunks = await streamed("[sim:cut] weather in Paris");
    const parts = chunks.flatMap((c) =>
      (c.choices as { delta: { tool_calls?: unknown[] } }[]).flatMap((x) => x.delta.tool_calls ?? []),
    );
    expect(parts.length).toBeGreaterThan(1);
    const finish = chunks.flatMap((c) =>
      (c.choices as { finish_reason: string | null }[]).map((x) => x.finish_reason),
    );
    expect(finish.filter(Boolean)).toEqual([]);
  });

  const history = [
    { role: "user", content: "Weather in Paris and Tokyo?" },
    {
      role: "assistant",
      content: null,
      tool_calls: [
        {
          id: "call_a",
          type: "function",
          function: { name: "get_weather", arguments: '{"city":"Paris","unit":"celsius"}' },
        },
        {
          id: "call_b",
          type: "function",
          function: { name: "get_weather", arguments: '{"city":"Tokyo","unit":"celsius"}' },
        },
      ],
    },
  ];

  it("reads tool results back into a text reply that quotes them", async () => {
    const messages = [
      ...history,
      { role: "tool", tool_call_id: "call_a", content: '{"temperature":18,"sky":"cloudy"}' },
      { role: "tool", tool_call_id: "call_b", content: [{ type: "text", text: "24 degrees, sunny" }] },
    ];
    const r = await json(await post(sim, "/v1/chat/completions", { model: "gpt-4o-mini", messages, tools }));
    const choice = (
      r.choices as { message: { content: string; tool_calls?: unknown }; finish_reason: string }[]
    )[0];
    expect(choice?.finish_reason).toBe("stop");
    expect(choice?.message.tool_calls).toBeUndefined();
    expect(choice?.message.content).toContain('`get_weather` returned: {"temperature":18,"sky":"cloudy"}');
    expect(choice?.message.content).toContain("**temperature**: 18");
    expect(choice?.message.content).toContain("24 degrees, sunny");
  });

  it("rejects unpaired tool messages with OpenAI's 400s", async () => {
    const send = async (messages: unknown[]) => {
      const res = await post(sim, "/v1/chat/completions", { model: "gpt-4o-mini", messages, tools });
      expect(res.status).toBe(400);
      return ((await json(res)).error ?? {}) as Record<string, unknown>;
    };
    const unknown = await send([...history, { role: "tool", tool_call_id: "call_zzz", content: "1" }]);
    expect(unknown.message).toMatch(
      /^Invalid parameter: 'tool_call_id' of 'call_zzz' not found in 'tool_calls' of previous message\. \(request id: \w+\)$/,
    );
    expect(unknown).toMatchObject({
      type: "invalid_request_error",
      param: "messages.[2].tool_call_id",
      code: null,
    });
    const orphan = await send([
      { role: "user", content: "hi" },
      { role: "tool", tool_call_id: "call_a", content: "1" },
    ]);
    expect(orphan.message).toMatch(
      /^Invalid parameter: messages with role 'tool' must be a response to a preceeding message with 'tool_calls'\./,
    );
    expect(orphan.param).toBe("messages.[1].role");
    const missing = await send([
      ...history,
      { role: "tool", tool_call_id: "call_a", content: "1" },
      { role: "user", content: "and?" },
    ]);
    expect(missing.message).toMatch(/did not have response messages: call_b/);
    expect(missing.param).toBe("messages.[3].role");
    for (const param of ["tool_choice", "parallel_tool_calls"]) {
      const value = param === "tool_choice" ? "auto" : false;
      const res = await post(sim, "/v1/chat/completions", chatBody("hi", { [param]: value }));
      expect(res.status).toBe(400);
      expect((await json(res)).error).toMatchObject({
        message: expect.stringMatching(
          new RegExp(
            `^Invalid value for '${param}': '${param}' is only allowed when 'tools' are specified\\.`,
          ),
        ),
        param,
      });
    }
  });
});
