import { readUIMessageStream } from "ai";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { POST as proxyPOST } from "@/app/api/apigo/v1/[...path]/route";
import { DELETE as cancelDELETE } from "@/app/api/compare/[run]/[pane]/route";
import { POST as comparePOST } from "@/app/api/compare/route";
import { createCompareMux } from "@/lib/compare/mux";
import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import type { MessagesConfig } from "@/lib/messages/request";
import { createMessagesTransport } from "@/lib/messages/transport";
import { HttpError } from "@/lib/queries/http";
import {
  type ChatCompletionsTransportConfig,
  createChatCompletionsTransport,
} from "@/lib/streaming/chat-transport";
import { waitFor } from "@/tests/compare-route";
import { APP, ctx, restoreEnv, setEnv } from "@/tests/server";
import { embeddedSimulator } from "../upstream";
import { runCount } from "./registry";

// The real transports and dialects of the chat and Messages tabs, fed once by the plain proxy route and
// once through the compare mux and route (all in-process, the embedded simulator upstream): the parsed
// replies must be the same.
beforeEach(() =>
  setEnv({
    APIGO_BASE_URL: "simulator",
    APIGO_SERVER_KEY: undefined,
    SIM_FIRST_TOKEN_MS: "0",
    SIM_TOKENS_PER_SEC: "0",
  }),
);
afterEach(restoreEnv);

const KEY = "sk-simMuxTransport42";
const compareCalls: string[] = [];

/** What the browser's fetch would reach on our origin, answered by the route handlers themselves. */
const appFetch: typeof fetch = async (input, init) => {
  const path = String(input);
  const headers = new Headers(init?.headers);
  headers.set("authorization", `Bearer ${KEY}`);
  headers.set("origin", APP);
  const req = new Request(`${APP}${path}`, { ...init, headers });
  if (path === "/api/compare") {
    compareCalls.push(`POST ${path}`);
    return comparePOST(req);
  }
  if (path.startsWith("/api/compare/")) {
    compareCalls.push(`DELETE ${path}`);
    const [run = "", pane = ""] = path.split("/").slice(3);
    return cancelDELETE(req, { params: Promise.resolve({ run, pane }) });
  }
  const params = path.replace("/api/apigo/v1/", "").split("/");
  return proxyPOST(req, ctx(params));
};

const chatConfig = (model: string, system: string): ChatCompletionsTransportConfig => ({
  model,
  system,
  vendor: "openai",
  params: { max_tokens: 120, temperature: 0.3 },
});
const msgConfig = (model: string, system: string, thinking = false): MessagesConfig => ({
  model,
  system,
  cacheSystem: false,
  maxTokens: 160,
  stopSequences: [],
  thinking,
  budgetTokens: 1024,
  stream: true,
  anthropicVersion: "2023-06-01",
  anthropicBeta: "",
  vendor: "ClaudeCode",
});

type Pane =
  | { id: string; api: "chat"; config: ChatCompletionsTransportConfig }
  | { id: string; api: "messages"; config: MessagesConfig };

const PANES: Pane[] = [
  { id: "gpt", api: "chat", config: chatConfig("gpt-4o", "Be brief.") },
  { id: "reasoner", api: "chat", config: chatConfig("o4-mini", "Think first.") },
  { id: "sonnet", api: "messages", config: msgConfig("claude-sonnet-4-5-20250929", "Be kind.") },
  { id: "haiku", api: "messages", config: msgConfig("claude-haiku-4-5-20251001", "Think.", true) },
];

function transportFor(pane: Pane, doFetch: typeof fetch) {
  return pane.api === "chat"
    ? createChatCompletionsTransport({ getConfig: () => pane.config, fetch: doFetch })
    : createMessagesTransport({ getConfig: () => pane.config, fetch: doFetch });
}

async function reply(pane: Pane, doFetch: typeof fetch, prompt: string, signal?: AbortSignal) {
  const user: PlaygroundMessage = { id: "u1", role: "user", parts: [{ type: "text", text: prompt }] };
  const stream = await transportFor(pane, doFetch).sendMessages({
    trigger: "submit-message",
    chatId: pane.id,
    messageId: undefined,
    messages: [user],
    abortSignal: signal,
  });
  let last: PlaygroundMessage | undefined;
  for await (const message of readUIMessageStream<PlaygroundMessage>({ stream })) last = message;
  if (!last) throw new Error("no reply");
  return last;
}

/** What the user sees: the parts (text, reasoning with its signature) and the usage and finish reason. */
function visible(message: PlaygroundMessage) {
  const m = message.metadata;
  return {
    parts: message.parts
      .filter((p) => p.type === "text" || p.type === "reasoning")
      .map((p) => ({ ...p, state: undefined })),
    usage: m?.usage,
    finishReason: m?.finishReason,
  };
}

describe("DialectTransport through the compare mux", () => {
  it("four panes at once parse to the same replies as through the plain proxy", async () => {
    const prompt = `Compare the transports ${Math.random()}`;
    // Warm the simulator's prompt cache, so both measured runs see the same cached tokens.
    for (const pane of PANES) await reply(pane, appFetch, prompt);
    const mux = createCompareMux({ fetch: appFetch });
    compareCalls.length = 0;
    const viaMux = await Promise.all(PANES.map((p) => reply(p, mux.fetchFor(p.id), prompt)));
    expect(compareCalls).toEqual(["POST /api/compare"]);
    for (const [i, pane] of PANES.entries()) {
      const plain = visible(await reply(pane, appFetch, prompt));
      const muxed = visible(viaMux[i] as PlaygroundMessage);
      expect(muxed.parts.length, pane.id).toBeGreaterThan(0);
      expect(muxed.usage, pane.id).toBeDefined();
      expect(muxed, pane.id).toEqual(plain);
    }
    expect(visible(viaMux[1] as PlaygroundMessage).parts.some((p) => p.type === "reasoning")).toBe(true);
    expect(visible(viaMux[3] as PlaygroundMessage).parts.some((p) => p.type === "reasoning")).toBe(true);
    expect(runCount()).toBe(0);
  });

  it("a pane's 429 surfaces as the transport's HttpError; aborting one pane cuts only it", async () => {
    const limited: Pane = { id: "limited", api: "chat", config: chatConfig("gpt-4o", "[sim:status=429]") };
    const stopped: Pane = {
      id: "stopped",
      api: "messages",
      config: msgConfig("claude-haiku-4-5-20251001", ""),
    };
    const kept: Pane = { id: "kept", api: "chat", config: chatConfig("gpt-4o-mini", "") };
    const mux = createCompareMux({ fetch: appFetch });
    const before = embeddedSimulator().log().length;
    compareCalls.length = 0;
    const ac = new AbortController();
    const results = await Promise.allSettled([
      reply(limited, mux.fetchFor(limited.id), "hello"),
      reply(
        stopped,
        mux.fetchFor(stopped.id),
        `[sim:long] [sim:tps=100] stop me ${Math.random()}`,
        ac.signal,
      ),
      reply(kept, mux.fetchFor(kept.id), "[sim:tps=100] keep going"),
      (async () => {
        await waitFor(() => embeddedSimulator().log().length >= before + 3);
        await new Promise((r) => setTimeout(r, 150));
        ac.abort();
      })(),
    ]);
    const [r429, rStopped, rKept] = results;
    expect(r429?.status).toBe("rejected");
    const err = r429?.status === "rejected" ? r429.reason : undefined;
    expect(err).toBeInstanceOf(HttpError);
    const display = (err as HttpError).display;
    expect(display).toMatchObject({ status: 429, code: "rate_limit_exceeded" });
    // new-api sends no retry-after (controller/relay.go), so none is read.
    expect(display.retryAfterSeconds).toBeUndefined();
    expect(rKept?.status).toBe("fulfilled");
    const keptText =
      rKept?.status === "fulfilled" ? rKept.value.parts.find((p) => p.type === "text") : undefined;
    expect(keptText && "text" in keptText ? keptText.text.length : 0).toBeGreaterThan(20);
    // The stopped pane ends without its full answer (useChat reports the abort), and its upstream was cut.
    if (rStopped?.status === "fulfilled") expect(rStopped.value.metadata?.finishReason).toBeUndefined();
    else expect(String(rStopped?.reason)).toMatch(/abort/i);
    await waitFor(() => compareCalls.some((c) => c.startsWith("DELETE /api/compare/")));
    await waitFor(() =>
      embeddedSimulator()
        .log()
        .slice(before)
        .some((e) => e.outcome === "aborted"),
    );
    const outcomes = embeddedSimulator()
      .log()
      .slice(before)
      .map((e) => e.outcome)
      .sort();
    expect(outcomes).toEqual(["aborted", "completed", "error"]);
  });
});
