import Anthropic from "@anthropic-ai/sdk";
import { readUIMessageStream } from "ai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import { replyAsAnthropicMessage } from "@/lib/messages/reply";
import { DEFAULT_MESSAGES_VENDOR, type MessagesConfig } from "@/lib/messages/request";
import { createMessagesTransport } from "@/lib/messages/transport";
import { startSimServer } from "@/lib/sim/server";
import type { BuiltRequest } from "@/lib/streaming/transport";
import { restoreEnv, setEnv } from "@/tests/server";
import { startProxyServer } from "./proxy-server";
import { SIM_KEY } from "./sdk-runs";

// The page and the official SDK read the same simulator reply through the same proxy and must end up
// with the same message. The simulator is deterministic per request, except for its prompt cache, so
// each side gets a fresh simulator (both asking with cache_control: the first write is reported).
type Server = { url: string; close(): Promise<void> };
const simOpts = { firstTokenMs: 0, tokensPerSecond: 0, videoSeconds: 2, port: 0, host: "127.0.0.1" };
let proxy: Server;
const sims: Server[] = [];

const prompt = "Think, then answer: what is a proxy?";
const system = "Answer like a network engineer.";
const config: MessagesConfig = {
  model: "claude-haiku-4-5-20251001",
  system,
  cacheSystem: true,
  maxTokens: 2048,
  stopSequences: [],
  thinking: true,
  budgetTokens: 1024,
  stream: true,
  anthropicVersion: "2023-06-01",
  anthropicBeta: "",
  vendor: DEFAULT_MESSAGES_VENDOR,
};

async function freshUpstream() {
  const sim = await startSimServer(simOpts);
  sims.push(sim);
  setEnv({ APIGO_BASE_URL: sim.url });
}

async function pageReply(overrides: Partial<MessagesConfig> = {}) {
  let sent: BuiltRequest | undefined;
  const transport = createMessagesTransport({
    getConfig: () => ({ ...config, ...overrides }),
    onRequest: (request) => {
      sent = request;
    },
    // The browser sends the key as a cookie; a test caller may use Bearer (same proxy path).
    fetch: (input, init) => {
      const headers = new Headers(init?.headers);
      headers.set("authorization", `Bearer ${SIM_KEY}`);
      return fetch(`${proxy.url}${String(input)}`, { ...init, headers });
    },
  });
  const user: PlaygroundMessage = { id: "u1", role: "user", parts: [{ type: "text", text: prompt }] };
  const stream = await transport.sendMessages({
    trigger: "submit-message",
    chatId: "c1",
    messageId: undefined,
    messages: [user],
    abortSignal: undefined,
  });
  let last: PlaygroundMessage | undefined;
  for await (const message of readUIMessageStream<PlaygroundMessage>({ stream })) last = message;
  if (!last) throw new Error("no reply");
  return { reply: last, sent };
}

beforeAll(async () => {
  proxy = await startProxyServer();
}, 30_000);
afterAll(async () => {
  restoreEnv();
  await proxy?.close();
  await Promise.all(sims.map((s) => s.close()));
});

describe("Messages page vs the official Anthropic SDK, through the proxy", () => {
  it("messages.stream().finalMessage() gives the message the page shows", async () => {
    await freshUpstream();
    const sdk = new Anthropic({ apiKey: SIM_KEY, baseURL: `${proxy.url}/api/apigo`, maxRetries: 0 });
    const final = await sdk.messages
      .stream(
        {
          model: config.model,
          max_tokens: config.maxTokens,
          system: [{ type: "text", text: system, cache_control: { type: "ephemeral" } }],
          messages: [{ role: "user", content: [{ type: "text", text: prompt }] }],
          thinking: { type: "enabled", budget_tokens: config.budgetTokens },
        },
        { headers: { vendor: DEFAULT_MESSAGES_VENDOR, "anthropic-version": config.anthropicVersion } },
      )
      .finalMessage();

    await freshUpstream();
    const { reply, sent } = await pageReply();
    const page = replyAsAnthropicMessage(reply);

    expect(sent?.headers).toMatchObject({ "anthropic-version": "2023-06-01", vendor: "ClaudeCode" });
    expect(final.content.map((b) => b.type)).toEqual(["thinking", "text"]);
    expect(page.content).toEqual(
      final.content.map((b) =>
        b.type === "thinking"
          ? { type: "thinking", thinking: b.thinking, signature: b.signature }
          : b.type === "text"
            ? { type: "text", text: b.text }
            : { type: b.type },
      ),
    );
    expect(page.model).toBe(final.model);
    expect(page.stop_reason).toBe(final.stop_reason);
    expect(page.usage).toEqual({
      input_tokens: final.usage.input_tokens,
      cache_creation_input_tokens: final.usage.cache_creation_input_tokens,
      cache_read_input_tokens: final.usage.cache_read_input_tokens,
      cache_creation: {
        ephemeral_5m_input_tokens: final.usage.cache_creation?.ephemeral_5m_input_tokens,
        ephemeral_1h_input_tokens: final.usage.cache_creation?.ephemeral_1h_input_tokens,
      },
      output_tokens: final.usage.output_tokens,
      service_tier: final.usage.service_tier,
    });
    // Not vacuous: the reply really carried thinking, text and a cache write.
    expect(page.usage.cache_creation_input_tokens).toBeGreaterThan(0);
    expect(reply.metadata?.incomplete).toBeUndefined();
  }, 30_000);

  it("non-stream mode reads the same message and the vendor API·GO echoes", async () => {
    await freshUpstream();
    const streamed = replyAsAnthropicMessage((await pageReply()).reply);
    await freshUpstream();
    const { reply, sent } = await pageReply({ stream: false });
    expect(sent?.headers.accept).toBe("application/json");
    expect(replyAsAnthropicMessage(reply)).toEqual(streamed);
    expect(reply.metadata).toMatchObject({ anthropic: { vendor: "ClaudeCode" } });
  }, 30_000);
});
