import { describe, expect, it } from "vitest";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { HttpError } from "@/lib/queries/http";
import { createChatCompletionsTransport } from "./chat-transport";
import { collect } from "./test-helpers";
import type { BuiltRequest } from "./transport";

const messages: PlaygroundMessage[] = [
  { id: "u1", role: "user", parts: [{ type: "text", text: "Hi" }] },
  {
    id: "a1",
    role: "assistant",
    parts: [
      { type: "reasoning", text: "hmm" },
      { type: "text", text: "Hello!" },
    ],
  },
  { id: "a-failed", role: "assistant", parts: [] },
  { id: "u2", role: "user", parts: [{ type: "text", text: "Again" }] },
];

function setup(response: Response) {
  const calls: { url: string; init: RequestInit }[] = [];
  const built: BuiltRequest[] = [];
  const transport = createChatCompletionsTransport({
    getConfig: () => ({
      model: "gpt-4o-mini",
      system: "Be brief.",
      vendor: "openai",
      params: { temperature: 0.2 },
    }),
    onRequest: (request) => built.push(request),
    fetch: async (url, init) => {
      calls.push({ url: String(url), init: init ?? {} });
      return response;
    },
  });
  const send = (signal?: AbortSignal) =>
    transport.sendMessages({
      trigger: "submit-message",
      chatId: "c",
      messageId: undefined,
      messages,
      abortSignal: signal,
    });
  return { calls, built, send };
}

describe("chat-completions transport", () => {
  it("POSTs the exact body to the proxy with the vendor header and the abort signal", async () => {
    const { calls, built, send } = setup(new Response("data: [DONE]\n\n", { status: 200 }));
    const controller = new AbortController();
    await collect(await send(controller.signal));
    const call = calls[0];
    expect(call?.url).toBe("/api/apigo/v1/chat/completions");
    expect(call?.init).toMatchObject({
      method: "POST",
      credentials: "same-origin",
      signal: controller.signal,
    });
    expect(call?.init.headers).toMatchObject({ vendor: "openai", "content-type": "application/json" });
    expect(JSON.parse(String(call?.init.body))).toEqual({
      model: "gpt-4o-mini",
      messages: [
        { role: "system", content: "Be brief." },
        { role: "user", content: "Hi" },
        { role: "assistant", content: "Hello!" },
        { role: "user", content: "Again" },
      ],
      temperature: 0.2,
      stream: true,
      stream_options: { include_usage: true },
    });
    expect(built[0]?.body).toBe(call?.init.body);
  });

  it("throws a HttpError with status, message and request id on a non-2xx reply", async () => {
    const body = '{"error":{"message":"Invalid token (request id: abc)","type":"new_api_error","code":""}}';
    const { send } = setup(new Response(body, { status: 401, headers: { "x-oneapi-request-id": "abc" } }));
    const error = await send().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).display).toMatchObject({
      status: 401,
      message: "Invalid token (request id: abc)",
      requestId: "abc",
      type: "new_api_error",
    });
  });

  it("reads the request id header into the reply metadata", async () => {
    const { send } = setup(
      new Response(
        'data: {"choices":[{"index":0,"delta":{"content":"x"},"finish_reason":"stop"}]}\n\ndata: [DONE]\n\n',
        {
          headers: { "x-oneapi-request-id": "rid-7" },
        },
      ),
    );
    const chunks = await collect(await send());
    expect(chunks.at(-1)).toMatchObject({
      type: "finish",
      messageMetadata: { requestId: "rid-7", finishReason: "stop" },
    });
  });
});
