// Tool round trips with the official SDKs' own tool helpers: the model calls a tool, the helper runs
// it, sends the result back, and the model's final text uses it. Ids differ per run, so the outputs
// keep names, arguments, roles and text only (comparable between direct and through the proxy).
import Anthropic from "@anthropic-ai/sdk";
import { betaTool } from "@anthropic-ai/sdk/helpers/beta/json-schema";
import OpenAI from "openai";
import { SIM_KEY, type Targets } from "./sdk-runs";

const weatherSchema = {
  type: "object",
  properties: {
    city: { type: "string", description: "City name" },
    unit: { type: "string", enum: ["celsius", "fahrenheit"] },
  },
  required: ["city", "unit"],
  additionalProperties: false,
} as const;

// openai's JSONSchema type wants mutable arrays; the `as const` above feeds betaTool's type inference.
const parameters = structuredClone(weatherSchema) as unknown as { [key: string]: unknown };

/** The tool's fixed answer: the final replies must quote it. */
export const WEATHER = (city: string) => JSON.stringify({ city, temperature: 21, sky: "clear" });

export async function runOpenAiTools(t: Targets) {
  const openai = new OpenAI({ apiKey: SIM_KEY, baseURL: t.openaiBase, maxRetries: 0 });
  const seen: unknown[] = [];
  const tool = {
    type: "function" as const,
    function: {
      name: "get_weather",
      description: "Get the current weather for a city",
      parameters,
      parse: (s: string) => JSON.parse(s) as { city: string; unit: string },
      function: (args: { city: string; unit: string }) => {
        seen.push(args);
        return WEATHER(args.city);
      },
    },
  };
  const ask = (content: string) => [{ role: "user" as const, content }];
  // runTools, non-stream: one call, then the final answer.
  const runner = openai.chat.completions.runTools({
    model: "gpt-4o-mini",
    messages: ask("What's the weather in Paris?"),
    tools: [tool],
  });
  const runToolsText = await runner.finalContent();
  const runToolsRoles = runner.messages.map((m) => m.role);
  // runTools, stream: two parallel calls in one turn.
  const streaming = openai.chat.completions.runTools({
    model: "gpt-4.1",
    stream: true,
    messages: ask("Weather in Tokyo, twice please [sim:tools=2]"),
    tools: [tool],
  });
  let streamedDeltas = 0;
  streaming.on("content", () => {
    streamedDeltas += 1;
  });
  const streamedText = await streaming.finalContent();
  // The manual loop with ChatCompletionStream: argument deltas, then the assembled call.
  const argDeltas: string[] = [];
  const first = openai.chat.completions.stream({
    model: "gpt-4o",
    messages: ask("Weather in Berlin?"),
    tools: [{ type: "function", function: { name: "get_weather", parameters } }],
  });
  first.on("tool_calls.function.arguments.delta", (e) => argDeltas.push(e.arguments_delta));
  const firstDone = await first.finalChatCompletion();
  const call = firstDone.choices[0]?.message.tool_calls?.[0];
  const args = call?.type === "function" ? call.function.arguments : "";
  const second = await openai.chat.completions
    .stream({
      model: "gpt-4o",
      messages: [
        ...ask("Weather in Berlin?"),
        firstDone.choices[0]?.message ?? { role: "assistant", content: null },
        { role: "tool", tool_call_id: call?.id ?? "", content: WEATHER("Berlin") },
      ],
      tools: [{ type: "function", function: { name: "get_weather", parameters } }],
    })
    .finalChatCompletion();
  return {
    seen,
    runToolsText,
    runToolsRoles,
    streamedText,
    streamedDeltas: streamedDeltas > 5,
    manual: {
      finish: firstDone.choices[0]?.finish_reason,
      name: call?.type === "function" ? call.function.name : "",
      args,
      deltasJoin: argDeltas.join("") === args && argDeltas.length > 3,
      reply: second.choices[0]?.message.content,
      usage: second.usage?.completion_tokens,
    },
  };
}

export async function runAnthropicTools(t: Targets) {
  const anthropic = new Anthropic({ apiKey: SIM_KEY, baseURL: t.anthropicBase, maxRetries: 0 });
  const tools: Anthropic.Tool[] = [
    {
      name: "get_weather",
      description: "Get the current weather for a city",
      input_schema: { ...parameters, type: "object" },
    },
  ];
  const question = { role: "user" as const, content: "What's the weather in Shanghai?" };
  // messages.stream: inputJson events, then the assembled tool_use block.
  const partials: string[] = [];
  let snapshot: unknown;
  const stream = anthropic.messages.stream({
    model: "claude-haiku-4-5-20251001",
    max_tokens: 1024,
    tools,
    messages: [question],
  });
  stream.on("inputJson", (partial, json) => {
    partials.push(partial);
    snapshot = json;
  });
  const first = await stream.finalMessage();
  const use = first.content.find((b) => b.type === "tool_use");
  const second = await anthropic.messages.create({
    model: "claude-haiku-4-5-20251001",
    max_tokens: 1024,
    tools,
    messages: [
      question,
      { role: "assistant", content: first.content },
      {
        role: "user",
        content: [{ type: "tool_result", tool_use_id: use?.id ?? "", content: WEATHER("Shanghai") }],
      },
    ],
  });
  // beta.messages.toolRunner with a betaTool: the helper runs the loop itself, streaming. `thread: false`:
  // its default "message threads" (beta message-threads-2026-08-12) keep the conversation server side
  // and send only the new tool_result; new-api's ClaudeRequest (dto/claude.go) has no `thread` field,
  // so the gateway drops it and the upstream rejects the lone tool_result, as the simulator does.
  const ran: unknown[] = [];
  const weather = betaTool({
    name: "get_weather",
    description: "Get the current weather for a city",
    inputSchema: weatherSchema,
    run: (input) => {
      ran.push(input);
      return WEATHER(input.city);
    },
  });
  const final = await anthropic.beta.messages.toolRunner({
    model: "claude-haiku-4-5-20251001",
    max_tokens: 1024,
    stream: true,
    thread: false,
    tools: [weather],
    messages: [{ role: "user", content: "Weather in Paris and Tokyo? [sim:tools=parallel]" }],
  });
  const text = (m: { content: { type: string }[] }) =>
    m.content.map((b) => ("text" in b ? b.text : b.type === "tool_use" && "input" in b ? b.input : b.type));
  return {
    first: { content: text(first), stop: first.stop_reason },
    inputJson: { joined: JSON.parse(partials.join("") || "null"), snapshot, events: partials.length > 3 },
    reply: { content: text(second), stop: second.stop_reason },
    runner: { ran, content: text(final), stop: final.stop_reason },
  };
}
