import type { FinishReason } from "ai";
import type { PlaygroundMessage, ReplyMetadata, TokenUsage } from "@/lib/conversations/metadata";
import { parseErrorBody } from "@/lib/errors";
import {
  type ChatCompletionChunk,
  type ChatCompletionUsage,
  chatCompletionChunkSchema,
  chatCompletionSchema,
} from "@/lib/schemas/chat-completions";
import { type ChatWireMessage, chatAssistantMessages, chatToolFields } from "@/lib/tools/chat-wire";
import type { ToolSettings } from "@/lib/tools/spec";
import type { DialectContext, ReplyChunk, StreamDialect } from "../dialect";
import type { SseMessage } from "../sse";
import { chatContentOf } from "./chat-content";
import { createToolCallReader } from "./tool-calls";

export interface ChatCompletionsConfig {
  model: string;
  system?: string;
  /** Extra top-level body fields (temperature, max_tokens, ...), sent as given; `undefined` is left out. */
  params?: Record<string, unknown>;
  /** Default true: SSE with `stream_options.include_usage`. */
  stream?: boolean;
  /** The conversation's tools: `tools`, `tool_choice`, `parallel_tool_calls` when there are any. */
  tools?: ToolSettings;
}

/** The exact body POSTed to /v1/chat/completions for a conversation. */
export function buildChatCompletionsBody(messages: PlaygroundMessage[], config: ChatCompletionsConfig) {
  const wire: ChatWireMessage[] = [];
  const system = config.system?.trim();
  if (system) wire.push({ role: "system", content: system });
  for (const message of messages) {
    // A reply that failed before its first token has nothing to resend (no step has content).
    if (message.role === "assistant") wire.push(...chatAssistantMessages(message));
    else wire.push({ role: message.role, content: chatContentOf(message) });
  }
  const params = Object.fromEntries(Object.entries(config.params ?? {}).filter(([, v]) => v !== undefined));
  const stream = config.stream ?? true;
  return {
    model: config.model,
    messages: wire,
    ...params,
    ...chatToolFields(config.tools),
    stream,
    ...(stream ? { stream_options: { include_usage: true } } : {}),
  };
}

const finishReasons: Record<string, FinishReason> = {
  stop: "stop",
  length: "length",
  content_filter: "content-filter",
  tool_calls: "tool-calls",
  function_call: "tool-calls",
};

function toUsage(usage: ChatCompletionUsage): TokenUsage {
  return {
    promptTokens: usage.prompt_tokens ?? undefined,
    completionTokens: usage.completion_tokens ?? undefined,
    totalTokens: usage.total_tokens ?? undefined,
    reasoningTokens: usage.completion_tokens_details?.reasoning_tokens ?? undefined,
    cachedTokens: usage.prompt_tokens_details?.cached_tokens ?? undefined,
  };
}

/** OpenAI chat-completion chunks (`data: {...}` ... `data: [DONE]`) to UI message chunks. */
export function createChatCompletionsDialect(): StreamDialect {
  let started = false;
  let sawDone = false;
  let failed = false;
  let open: "text" | "reasoning" | undefined;
  let part = 0;
  const meta: ReplyMetadata = {};
  const calls = createToolCallReader();

  function close(): ReplyChunk[] {
    if (!open) return [];
    const chunk: ReplyChunk = { type: open === "text" ? "text-end" : "reasoning-end", id: `${open}-${part}` };
    open = undefined;
    return [chunk];
  }

  function start(ctx: DialectContext): ReplyChunk[] {
    if (started) return [];
    started = true;
    meta.requestId = ctx.requestId;
    return [{ type: "start", messageMetadata: { requestId: ctx.requestId, model: meta.model } }];
  }

  function delta(kind: "text" | "reasoning", text: string, ctx: DialectContext): ReplyChunk[] {
    const out: ReplyChunk[] = [];
    meta.ttftMs ??= ctx.now() - ctx.startedAt;
    if (open !== kind) {
      out.push(...close());
      open = kind;
      part += 1;
      out.push({ type: kind === "text" ? "text-start" : "reasoning-start", id: `${kind}-${part}` });
    }
    out.push({
      type: kind === "text" ? "text-delta" : "reasoning-delta",
      id: `${kind}-${part}`,
      delta: text,
    });
    return out;
  }

  type Fragments = NonNullable<NonNullable<ChatCompletionChunk["choices"]>[number]["delta"]>["tool_calls"];
  function toolCalls(fragments: Fragments, ctx: DialectContext): ReplyChunk[] {
    if (!fragments?.length) return [];
    meta.ttftMs ??= ctx.now() - ctx.startedAt;
    const out = close();
    fragments.forEach((f, i) => {
      out.push(
        ...calls.fragment(f.index ?? i, { id: f.id, name: f.function?.name, args: f.function?.arguments }),
      );
    });
    return out;
  }

  function end(ctx: DialectContext): ReplyChunk[] {
    if (failed) return [];
    const out = [...start(ctx), ...close(), ...calls.finish()];
    meta.totalMs = ctx.now() - ctx.startedAt;
    // new-api writes [DONE] even when the upstream broke off, so a reply without a finish_reason is
    // partial too, not only one whose stream lacks the terminator.
    // Explicit false: a continued reply merges into the metadata of the partial one.
    meta.incomplete = !sawDone || !meta.finishReason;
    const reason = meta.incomplete ? "other" : (finishReasons[meta.finishReason ?? ""] ?? "other");
    out.push({ type: "finish", finishReason: reason, messageMetadata: { ...meta } });
    return out;
  }

  return {
    event(message: SseMessage, ctx: DialectContext): ReplyChunk[] {
      if (failed) return [];
      if (message.done) {
        sawDone = true;
        return [];
      }
      let json: unknown;
      try {
        json = JSON.parse(message.data);
      } catch {
        return [];
      }
      if (json !== null && typeof json === "object" && "error" in json) {
        failed = true;
        const error = parseErrorBody(200, message.data);
        meta.streamError = { ...error, requestId: error.requestId ?? ctx.requestId };
        meta.totalMs = ctx.now() - ctx.startedAt;
        return [
          ...start(ctx),
          ...close(),
          { type: "message-metadata", messageMetadata: { ...meta } },
          { type: "error", errorText: error.message },
        ];
      }
      const parsed = chatCompletionChunkSchema.safeParse(json);
      if (!parsed.success) return [];
      const chunk = parsed.data;
      if (chunk.model) meta.model ??= chunk.model;
      const out = start(ctx);
      if (chunk.usage) meta.usage = toUsage(chunk.usage);
      const choice = chunk.choices?.find((c) => (c.index ?? 0) === 0);
      const reasoning = choice?.delta?.reasoning_content ?? choice?.delta?.reasoning;
      if (reasoning) out.push(...delta("reasoning", reasoning, ctx));
      const content = choice?.delta?.content;
      if (content) out.push(...delta("text", content, ctx));
      out.push(...toolCalls(choice?.delta?.tool_calls, ctx));
      if (choice?.finish_reason) {
        meta.finishReason = choice.finish_reason;
        out.push(...calls.finish());
      }
      return out;
    },

    json(body: unknown, ctx: DialectContext): ReplyChunk[] {
      const parsed = chatCompletionSchema.safeParse(body);
      if (!parsed.success)
        return [...start(ctx), { type: "error", errorText: "Unreadable chat.completion body" }];
      const completion = parsed.data;
      if (completion.model) meta.model = completion.model;
      const out = start(ctx);
      const choice = completion.choices?.find((c) => (c.index ?? 0) === 0);
      const reasoning = choice?.message?.reasoning_content ?? choice?.message?.reasoning;
      if (reasoning) out.push(...delta("reasoning", reasoning, ctx));
      if (choice?.message?.content) out.push(...delta("text", choice.message.content, ctx));
      out.push(...toolCalls(choice?.message?.tool_calls, ctx));
      if (completion.usage) meta.usage = toUsage(completion.usage);
      if (choice?.finish_reason) meta.finishReason = choice.finish_reason;
      // A whole body is its own terminator.
      sawDone = true;
      return [...out, ...end(ctx)];
    },

    end,
  };
}
