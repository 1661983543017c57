import { describe, expect, it } from "vitest";
import { createExchangeLog } from "@/lib/conversations/exchange-log";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { answerCalls } from "@/lib/tools/answer";
import type { ToolSettings } from "@/lib/tools/spec";
import { toolTemplates } from "@/lib/tools/templates";
import { createPaneTransport } from "./pane-transport";
import { newPane, type PaneApi } from "./setup";

// One tool set, two panes: each request carries it (and the turn's calls and results) in its own API's
// wire form.

const weather = toolTemplates.find((x) => x.id === "get_weather")?.tool;
if (!weather) throw new Error("get_weather template missing");
const schema = JSON.parse(weather.parameters);

const call = (id: string, city: string) =>
  ({
    type: "dynamic-tool",
    toolName: "get_weather",
    toolCallId: id,
    state: "input-available",
    input: { city },
  }) as const;
const cities = [
  ["c1", "Paris"],
  ["c2", "Oslo"],
] as const;
const asked: PlaygroundMessage[] = [
  { id: "u", role: "user", parts: [{ type: "text", text: "Weather in Paris and Oslo?" }] },
  {
    id: "a",
    role: "assistant",
    parts: [{ type: "step-start" }, ...cities.map(([id, city]) => call(id, city))],
  },
];
// Both calls answered (the second as an error): the step closes and the pane asks again.
const results = [
  ["c1", '{"temperature":21}', false],
  ["c2", "station offline", true],
] as const;
const { messages: answered, complete } = answerCalls(
  asked,
  new Map(results.map(([id, text, isError]) => [id, { text, isError }])),
);

function bodyOf(api: PaneApi, tools: ToolSettings | undefined, messages: PlaygroundMessage[]) {
  const transport = createPaneTransport({
    getPane: () => ({ pane: newPane(api), shared: "Be brief", tools }),
    fetch: () => Promise.reject(new Error("not sent")),
    log: createExchangeLog(),
  });
  const built = transport.buildRequest(messages);
  return { url: built.url, body: JSON.parse(built.body) as Record<string, unknown> };
}

describe("a compare pane's request with the shared tool set", () => {
  const tools: ToolSettings = { tools: [weather], choice: "required", parallel: "off" };

  it("chat-completions: tools, tool_choice, parallel_tool_calls; assistant tool_calls then role tool", () => {
    expect(complete).toBe(true);
    const { url, body } = bodyOf("chat-completions", tools, answered);
    expect(url).toMatch(/\/v1\/chat\/completions$/);
    expect(body.tools).toEqual([
      {
        type: "function",
        function: { name: "get_weather", description: weather.description, parameters: schema },
      },
    ]);
    expect(body.tool_choice).toBe("required");
    expect(body.parallel_tool_calls).toBe(false);
    type Wire = {
      role: string;
      tool_calls?: { id: string; function: { name: string; arguments: string } }[];
    };
    const wire = body.messages as Wire[];
    expect(wire.map((m) => m.role)).toEqual(["system", "user", "assistant", "tool", "tool"]);
    const calls = wire[2]?.tool_calls ?? [];
    expect(calls.map((c) => [c.id, c.function.name, JSON.parse(c.function.arguments)])).toEqual(
      cities.map(([id, city]) => [id, "get_weather", { city }]),
    );
    expect(wire.slice(3)).toEqual(
      results.map(([id, content]) => ({ role: "tool", tool_call_id: id, content })),
    );
  });

  it("Messages: tools with input_schema, tool_choice any without parallel use; tool_use then tool_result", () => {
    const { url, body } = bodyOf("messages", tools, answered);
    expect(url).toMatch(/\/v1\/messages$/);
    expect(body.tools).toEqual([
      { name: "get_weather", description: weather.description, input_schema: schema },
    ]);
    expect(body.tool_choice).toEqual({ type: "any", disable_parallel_tool_use: true });
    const [question, reply, answers] = body.messages as { role: string; content: unknown }[];
    expect(question).toEqual({
      role: "user",
      content: [{ type: "text", text: "Weather in Paris and Oslo?" }],
    });
    expect(reply).toEqual({
      role: "assistant",
      content: cities.map(([id, city]) => ({ type: "tool_use", id, name: "get_weather", input: { city } })),
    });
    expect(answers).toEqual({
      role: "user",
      content: results.map(([id, content, isError]) => ({
        type: "tool_result",
        tool_use_id: id,
        content,
        ...(isError && { is_error: true }),
      })),
    });
  });

  it("a forced tool is named in each API's form; the defaults send no choice at all", () => {
    const forced: ToolSettings = { ...tools, choice: "tool:get_weather", parallel: "default" };
    expect(bodyOf("chat-completions", forced, asked.slice(0, 1)).body.tool_choice).toEqual({
      type: "function",
      function: { name: "get_weather" },
    });
    expect(bodyOf("messages", forced, asked.slice(0, 1)).body.tool_choice).toEqual({
      type: "tool",
      name: "get_weather",
    });
    const auto: ToolSettings = { ...tools, choice: "auto", parallel: "default" };
    for (const api of ["chat-completions", "messages"] as const) {
      const { body } = bodyOf(api, auto, asked.slice(0, 1));
      expect(body.tools).toHaveLength(1);
      expect(body).not.toHaveProperty("tool_choice");
      expect(body).not.toHaveProperty("parallel_tool_calls");
    }
  });

  it("without tools neither body names any", () => {
    for (const api of ["chat-completions", "messages"] as const) {
      const { body } = bodyOf(api, undefined, asked.slice(0, 1));
      expect(body).not.toHaveProperty("tools");
      expect(body).not.toHaveProperty("tool_choice");
    }
  });
});
