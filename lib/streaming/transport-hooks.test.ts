import { describe, expect, it } from "vitest";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { HttpError } from "@/lib/queries/http";
import { type ChatCompletionsTransportConfig, createChatCompletionsTransport } from "./chat-transport";
import { collect, sendTurn } from "./test-helpers";
import type { RawBody, RawEvent, ResponseInfo } from "./transport";

const messages: PlaygroundMessage[] = [{ id: "u1", role: "user", parts: [{ type: "text", text: "Hi" }] }];

function setup(response: Response, config: Partial<ChatCompletionsTransportConfig> = {}) {
  const seen = {
    responses: [] as ResponseInfo[],
    events: [] as RawEvent[],
    bodies: [] as RawBody[],
    ids: [] as string[],
  };
  const bodies: string[] = [];
  let t = 0;
  const transport = createChatCompletionsTransport({
    getConfig: () => ({ model: "gpt-4o-mini", ...config }),
    onRequest: (_request, exchange) => seen.ids.push(exchange.exchangeId),
    onResponse: (info) => seen.responses.push(info),
    onRawEvent: (event) => seen.events.push(event),
    onRawBody: (body) => seen.bodies.push(body),
    now: () => (t += 5),
    fetch: async (_url, init) => {
      bodies.push(String(init?.body));
      return response;
    },
  });
  const send = () => sendTurn(transport, messages);
  return { seen, bodies, send };
}

const chunk = (d: Record<string, unknown>, finish: string | null = null) =>
  `data: ${JSON.stringify({ model: "m", choices: [{ index: 0, delta: d, finish_reason: finish }] })}\n\n`;

describe("transport hooks for the inspector", () => {
  it("reports status, headers and every SSE message with a time, and tags the reply with the exchange id", async () => {
    const wire = `${chunk({ content: "a" })}${chunk({ content: "b" }, "stop")}data: [DONE]\n\n`;
    const { seen, send } = setup(
      new Response(wire, { headers: { "content-type": "text/event-stream", "x-oneapi-request-id": "r1" } }),
    );
    const chunks = await collect(await send());
    expect(seen.responses).toHaveLength(1);
    expect(seen.responses[0]).toMatchObject({ status: 200, headers: { "x-oneapi-request-id": "r1" } });
    expect(seen.events.map((e) => e.data)).toEqual([
      JSON.stringify({ model: "m", choices: [{ index: 0, delta: { content: "a" }, finish_reason: null }] }),
      JSON.stringify({ model: "m", choices: [{ index: 0, delta: { content: "b" }, finish_reason: "stop" }] }),
      "[DONE]",
    ]);
    const times = seen.events.map((e) => e.at);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times[0]).toBeGreaterThan(0);
    const id = seen.ids[0];
    expect(id).toBeTruthy();
    expect(seen.events.every((e) => e.exchangeId === id)).toBe(true);
    expect(chunks[0]).toMatchObject({ type: "start", messageMetadata: { exchangeId: id } });
  });

  it("passes the raw body of an error reply", async () => {
    const text = '{"error":{"message":"boom","type":"x"}}';
    const { seen, send } = setup(new Response(text, { status: 503 }));
    await expect(send()).rejects.toBeInstanceOf(HttpError);
    expect(seen.responses[0]?.status).toBe(503);
    expect(seen.bodies[0]?.text).toBe(text);
  });
});

describe("non-stream mode", () => {
  it("sends stream:false without stream_options and maps the whole JSON body to a reply", async () => {
    const json = {
      model: "deepseek-reasoner",
      choices: [
        { index: 0, message: { content: "Answer", reasoning_content: "Thinking" }, finish_reason: "length" },
      ],
      usage: { prompt_tokens: 3, completion_tokens: 7, completion_tokens_details: { reasoning_tokens: 2 } },
    };
    const { seen, bodies, send } = setup(
      new Response(JSON.stringify(json), { headers: { "content-type": "application/json" } }),
      { stream: false, params: { temperature: 0.5, top_p: undefined } },
    );
    const chunks = await collect(await send());
    const body = JSON.parse(bodies[0] ?? "{}");
    expect(body).toEqual({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: "Hi" }],
      temperature: 0.5,
      stream: false,
    });
    expect(seen.bodies[0]?.text).toBe(JSON.stringify(json));
    expect(seen.events).toEqual([]);
    const text = chunks.map((c) => (c.type === "text-delta" ? c.delta : "")).join("");
    const reasoning = chunks.map((c) => (c.type === "reasoning-delta" ? c.delta : "")).join("");
    expect([reasoning, text]).toEqual(["Thinking", "Answer"]);
    expect(chunks.at(-1)).toMatchObject({
      type: "finish",
      finishReason: "length",
      messageMetadata: {
        finishReason: "length",
        incomplete: false,
        model: "deepseek-reasoner",
        usage: { promptTokens: 3, completionTokens: 7, reasoningTokens: 2 },
      },
    });
  });

  it("reports a body that is not JSON as an error with the text", async () => {
    const { send } = setup(new Response("<html>gateway</html>", { status: 200 }), { stream: false });
    const error = await send().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).display.message).toContain("gateway");
  });
});
