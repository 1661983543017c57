import type { PlaygroundMessage, ReplyMetadata } from "@/lib/conversations/metadata";
import {
  DEFAULT_ANTHROPIC_VERSION,
  DEFAULT_MESSAGES_VENDOR,
  type MessagesConfig,
} from "@/lib/messages/request";
import { createMessagesTransport } from "@/lib/messages/transport";
import type { PromptSetup } from "@/lib/prompts/schema";
import { setupToolSettings, withoutToolParams } from "@/lib/prompts/setup-tools";
import { createChatCompletionsTransport } from "@/lib/streaming/chat-transport";
import type { ReplyChunk } from "@/lib/streaming/dialect";
import type { BuiltRequest } from "@/lib/streaming/transport";
import type { GradeDeps } from "./graders";
import { withRetries } from "./retry";
import { rubricSetup } from "./rubric";
import { type EvalToolCall, evalToolCall } from "./tool-calls";
import { MAX_TOOL_CALLS } from "./types";

// One Evaluate cell's request: the chat-completions or Messages transport of the other tabs (same
// proxy path, headers, body builder and stream dialect), always streamed so first token and speed
// are measured as compare measures them. The setup's tools go in that API's wire form, built by the
// tabs' own builders from the tool set (lib/prompts/setup-tools), so a cell sends what the tab would.

/** Messages without max_tokens (it is required there): the Messages tab's default. */
export const DEFAULT_EVAL_MAX_TOKENS = 1024;

function num(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** The setup's wire-form parameters as the Messages transport's config. */
export function messagesConfigOf(setup: PromptSetup): MessagesConfig {
  const p = setup.params;
  const thinking = p.thinking as { type?: unknown; budget_tokens?: unknown } | undefined;
  const stops = Array.isArray(p.stop_sequences) ? p.stop_sequences.filter((s) => typeof s === "string") : [];
  return {
    model: setup.model,
    system: setup.system,
    cacheSystem: false,
    maxTokens: num(p.max_tokens) ?? DEFAULT_EVAL_MAX_TOKENS,
    temperature: num(p.temperature),
    topP: num(p.top_p),
    topK: num(p.top_k),
    stopSequences: stops,
    thinking: thinking?.type === "enabled",
    budgetTokens: num(thinking?.budget_tokens) ?? DEFAULT_EVAL_MAX_TOKENS,
    stream: true,
    anthropicVersion: DEFAULT_ANTHROPIC_VERSION,
    anthropicBeta: "",
    vendor: setup.vendor?.trim() || DEFAULT_MESSAGES_VENDOR,
    tools: setupToolSettings(setup),
  };
}

/** Chat parameters without the stream switches (an Evaluate cell always streams, with usage) and the tool fields (sent with the tools). */
function chatParams(setup: PromptSetup): Record<string, unknown> {
  const { stream: _stream, stream_options: _options, ...rest } = withoutToolParams(setup.params);
  return rest;
}

export function promptMessages(setup: PromptSetup): PlaygroundMessage[] {
  return setup.messages.map((m, i) => ({
    id: `m${i}`,
    role: m.role,
    parts: [{ type: "text", text: m.content }],
  }));
}

function transportFor(setup: PromptSetup, fetch?: typeof globalThis.fetch) {
  if (setup.api === "messages") {
    return createMessagesTransport({ getConfig: () => messagesConfigOf(setup), ...(fetch && { fetch }) });
  }
  return createChatCompletionsTransport({
    getConfig: () => ({
      model: setup.model,
      system: setup.system,
      vendor: setup.vendor,
      params: chatParams(setup),
      tools: setupToolSettings(setup),
      stream: true,
    }),
    ...(fetch && { fetch }),
  });
}

/** The request a cell sends, exactly (for the Inspector and View code). */
export function cellRequest(setup: PromptSetup): BuiltRequest {
  return transportFor(setup).buildRequest(promptMessages(setup));
}

export interface CellReply {
  text: string;
  meta: ReplyMetadata;
  /** The tools the reply called, in order. */
  toolCalls: EvalToolCall[];
  /** An error inside a 200 stream (the text so far is kept). */
  streamError?: string;
}

export interface StreamCellOptions {
  signal: AbortSignal;
  /** Each text delta as it arrives. */
  onText: (delta: string) => void;
  fetch?: typeof globalThis.fetch;
}

/**
 * Sends the setup and reads its streamed reply. A non-2xx reply throws the transport's HttpError
 * (with the status); a cancel throws the AbortError; an error inside the stream is returned.
 */
export async function streamCell(setup: PromptSetup, options: StreamCellOptions): Promise<CellReply> {
  const stream = await transportFor(setup, options.fetch).sendMessages({
    trigger: "submit-message",
    chatId: "evaluate",
    messageId: undefined,
    messages: promptMessages(setup),
    abortSignal: options.signal,
  });
  const reader = stream.getReader();
  const reply: CellReply = { text: "", meta: {}, toolCalls: [] };
  const onAbort = () => void reader.cancel().catch(() => undefined);
  options.signal.addEventListener("abort", onAbort, { once: true });
  try {
    while (true) {
      const { done, value } = await reader.read();
      if (options.signal.aborted) throw new DOMException("The cell was stopped", "AbortError");
      if (done) break;
      read(reply, value, options.onText);
    }
  } finally {
    options.signal.removeEventListener("abort", onAbort);
  }
  if (!reply.streamError && reply.meta.streamError) reply.streamError = reply.meta.streamError.message;
  return reply;
}

function read(reply: CellReply, chunk: ReplyChunk, onText: (delta: string) => void) {
  switch (chunk.type) {
    case "text-delta":
      reply.text += chunk.delta;
      onText(chunk.delta);
      return;
    case "start":
    case "finish":
    case "message-metadata":
      if (chunk.messageMetadata) Object.assign(reply.meta, chunk.messageMetadata);
      return;
    case "error":
      reply.streamError = chunk.errorText;
      return;
    case "tool-input-available":
      if (reply.toolCalls.length < MAX_TOOL_CALLS)
        reply.toolCalls.push(evalToolCall(chunk.toolName, chunk.input));
      return;
  }
}

/** The rubric's request, 429s retried; the column's vendor goes along only when the column's own model grades. */
export const rubricRequest =
  (
    setup: PromptSetup,
    options: { fetch?: typeof globalThis.fetch; retryBaseMs?: number },
  ): GradeDeps["rubric"] =>
  (model, input, signal) =>
    withRetries(
      () =>
        streamCell(rubricSetup(model, input, model === setup.model ? setup.vendor : undefined), {
          signal,
          fetch: options.fetch,
          onText: () => undefined,
        }),
      { signal, baseMs: options.retryBaseMs },
    ).then((r) => r.text);
