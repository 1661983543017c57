import { describe, expect, it } from "vitest";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { collect, sendTurn } from "@/lib/streaming/test-helpers";
import type { BuiltRequest } from "@/lib/streaming/transport";
import { defaultMessagesForm, toMessagesConfig } from "./config-store";
import { createMessagesTransport, MESSAGES_URL } from "./transport";

const messages: PlaygroundMessage[] = [{ id: "u1", role: "user", parts: [{ type: "text", text: "Hi" }] }];
const ev = (data: object) => `event: x\ndata: ${JSON.stringify(data)}\n\n`;

function setup(wire: string) {
  const sent: { url: string; headers: Headers }[] = [];
  const reported: BuiltRequest[] = [];
  const transport = createMessagesTransport({
    getConfig: () => ({ ...toMessagesConfig({ ...defaultMessagesForm, anthropicBeta: "b1" }), vendor: "v" }),
    onRequest: (request) => reported.push(request),
    fetch: async (url, init) => {
      sent.push({ url: String(url), headers: new Headers(init?.headers) });
      return new Response(wire, { headers: { "content-type": "text/event-stream" } });
    },
  });
  const send = () => sendTurn(transport, messages);
  return { transport, sent, reported, send };
}

describe("the Messages transport (DialectTransport with its headers and response wrapping)", () => {
  it("sends the Anthropic headers, and shows them in the request View code and the inspector read", async () => {
    const { transport, sent, reported, send } = setup("");
    const built = transport.buildRequest(messages);
    expect(built.url).toBe(MESSAGES_URL);
    expect(built.headers).toMatchObject({ vendor: "v", "anthropic-beta": "b1" });
    expect(built.headers["anthropic-version"]).toBeTruthy();
    await collect(await send());
    expect(reported[0]?.headers).toEqual(built.headers);
    expect(Object.fromEntries(sent[0]?.headers.entries() ?? [])).toEqual(built.headers);
  });

  it("frames new-api's bare mid-stream error JSON, so the reply ends with that error", async () => {
    const start = ev({
      type: "message_start",
      message: { id: "m", model: "claude", usage: { input_tokens: 1 } },
    });
    const raw = '{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}';
    const chunks = await collect(await setup(start + raw).send());
    expect(chunks.at(-1)).toEqual({ type: "error", errorText: "Overloaded" });
  });
});
