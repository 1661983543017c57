import type { FinishReason } from "ai";
import { parseErrorBody } from "@/lib/errors";
import { BLOCK_PART, type BlockData } from "@/lib/messages/blocks";
import {
  type AnthropicDetails,
  type MessagesReplyMetadata,
  mergeAnthropicUsage,
  toTokenUsage,
} from "@/lib/messages/metadata";
import {
  type AnthropicEvent,
  anthropicEventSchema,
  anthropicMessageSchema,
  type ContentBlock,
} from "@/lib/schemas/messages";
import type { DialectContext, ReplyChunk, StreamDialect } from "../dialect";
import type { SseMessage } from "../sse";
import { messageToEvents } from "./messages-json";
import { createToolCallReader } from "./tool-calls";

const finishReasons: Record<string, FinishReason> = {
  end_turn: "stop",
  stop_sequence: "stop",
  max_tokens: "length",
  model_context_window_exceeded: "length",
  tool_use: "tool-calls",
  refusal: "content-filter",
};

type OpenBlock =
  | { kind: "text"; id: string }
  | { kind: "reasoning"; id: string; signature?: string }
  | { kind: "tool" }
  | { kind: "data"; id: string; data: BlockData };

/** Anthropic Messages events (`message_start` ... `message_stop`) to UI message chunks. */
export function createMessagesDialect(): StreamDialect & {
  /** Feeds one parsed event; the non-stream reply is replayed through this too. */
  apply(event: AnthropicEvent, ctx: DialectContext): ReplyChunk[];
  /** The whole non-stream reply, start to finish. */
  json(body: unknown, ctx: DialectContext): ReplyChunk[];
} {
  let started = false;
  let sawStop = false;
  let failed = false;
  const open = new Map<number, OpenBlock>();
  let details: AnthropicDetails = {};
  const meta: MessagesReplyMetadata = {};
  const calls = createToolCallReader();

  function start(ctx: DialectContext): ReplyChunk[] {
    if (started) return [];
    started = true;
    meta.requestId = ctx.requestId;
    return [{ type: "start", messageMetadata: { requestId: ctx.requestId, model: meta.model } }];
  }

  function firstToken(ctx: DialectContext) {
    meta.ttftMs ??= ctx.now() - ctx.startedAt;
  }

  function snapshot(): MessagesReplyMetadata {
    meta.usage = toTokenUsage(details);
    return { ...meta, anthropic: { ...details } };
  }

  function dataChunk(block: { id: string; data: BlockData }): ReplyChunk {
    return { type: `data-${BLOCK_PART}`, id: block.id, data: { ...block.data } };
  }

  function startBlock(index: number, block: ContentBlock, ctx: DialectContext): ReplyChunk[] {
    if (block.type === "text") {
      const id = `text-${index}`;
      open.set(index, { kind: "text", id });
      const out: ReplyChunk[] = [{ type: "text-start", id }];
      if (block.text) {
        firstToken(ctx);
        out.push({ type: "text-delta", id, delta: block.text });
      }
      return out;
    }
    if (block.type === "thinking") {
      const id = `reasoning-${index}`;
      open.set(index, { kind: "reasoning", id, signature: block.signature || undefined });
      const out: ReplyChunk[] = [{ type: "reasoning-start", id }];
      if (block.thinking) {
        firstToken(ctx);
        out.push({ type: "reasoning-delta", id, delta: block.thinking });
      }
      return out;
    }
    if (block.type === "tool_use") {
      open.set(index, { kind: "tool" });
      // A non-stream tool_use block arrives with its whole input; a streamed one starts with `{}`.
      const whole = block.input !== undefined && !isEmptyObject(block.input);
      return calls.fragment(index, {
        id: block.id,
        name: block.name,
        args: whole ? JSON.stringify(block.input) : undefined,
      });
    }
    const data: BlockData = { blockType: block.type, value: block, complete: false };
    const entry = { kind: "data" as const, id: `block-${index}`, data };
    open.set(index, entry);
    return [dataChunk(entry)];
  }

  function stopBlock(index: number): ReplyChunk[] {
    const block = open.get(index);
    if (!block) return [];
    open.delete(index);
    if (block.kind === "text") return [{ type: "text-end", id: block.id }];
    if (block.kind === "tool") return calls.finish(index);
    if (block.kind === "reasoning") {
      const providerMetadata = block.signature ? { anthropic: { signature: block.signature } } : undefined;
      return [{ type: "reasoning-end", id: block.id, ...(providerMetadata && { providerMetadata }) }];
    }
    const json = block.data.partialJson;
    if (json !== undefined) {
      try {
        block.data.value = json.trim() === "" ? {} : JSON.parse(json);
      } catch {
        // Left as fragments: the UI shows what arrived.
      }
    }
    block.data.complete = true;
    return [dataChunk(block)];
  }

  function closeAll(): ReplyChunk[] {
    return [...open.keys()].flatMap((index) => stopBlock(index));
  }

  function delta(event: Extract<AnthropicEvent, { type: "content_block_delta" }>, ctx: DialectContext) {
    const block = open.get(event.index);
    const d = event.delta;
    if (!block) return [];
    if (block.kind === "text" && d.type === "text_delta" && d.text !== undefined) {
      firstToken(ctx);
      return [{ type: "text-delta" as const, id: block.id, delta: d.text }];
    }
    if (block.kind === "reasoning" && d.type === "thinking_delta" && d.thinking !== undefined) {
      firstToken(ctx);
      return [{ type: "reasoning-delta" as const, id: block.id, delta: d.thinking }];
    }
    if (block.kind === "reasoning" && d.type === "signature_delta" && d.signature !== undefined) {
      block.signature = (block.signature ?? "") + d.signature;
      return [];
    }
    if (block.kind === "tool" && d.type === "input_json_delta" && d.partial_json) {
      firstToken(ctx);
      return calls.fragment(event.index, { args: d.partial_json });
    }
    if (block.kind === "data" && d.type === "input_json_delta" && d.partial_json !== undefined) {
      firstToken(ctx);
      block.data.partialJson = (block.data.partialJson ?? "") + d.partial_json;
      return [dataChunk(block)];
    }
    return [];
  }

  function fail(bodyText: string, ctx: DialectContext): ReplyChunk[] {
    failed = true;
    const error = parseErrorBody(200, bodyText);
    meta.streamError = { ...error, requestId: error.requestId ?? ctx.requestId };
    meta.incomplete = !sawStop;
    meta.totalMs = ctx.now() - ctx.startedAt;
    return [
      ...start(ctx),
      ...closeAll(),
      { type: "message-metadata", messageMetadata: snapshot() },
      { type: "error", errorText: error.message },
    ];
  }

  function apply(event: AnthropicEvent, ctx: DialectContext): ReplyChunk[] {
    if (failed) return [];
    switch (event.type) {
      case "message_start": {
        const m = event.message;
        meta.model ??= m.model ?? undefined;
        details = { ...details, messageId: m.id ?? undefined, vendor: m.vendor ?? details.vendor };
        // Its output_tokens is a placeholder (1); the count comes with message_delta, or not at all
        // when the stream is cut (the reply then shows no output count and no speed).
        if (m.usage) details = mergeAnthropicUsage(details, { ...m.usage, output_tokens: undefined });
        return start(ctx);
      }
      case "content_block_start":
        return [
          ...start(ctx),
          ...stopBlock(event.index),
          ...startBlock(event.index, event.content_block, ctx),
        ];
      case "content_block_delta":
        return delta(event, ctx);
      case "content_block_stop":
        return stopBlock(event.index);
      case "message_delta":
        if (event.delta?.stop_reason) meta.finishReason = event.delta.stop_reason;
        if (event.delta?.stop_sequence) details.stopSequence = event.delta.stop_sequence;
        if (event.usage) details = mergeAnthropicUsage(details, event.usage);
        return [];
      case "message_stop":
        sawStop = true;
        return [];
      case "error":
        return fail(JSON.stringify(event), ctx);
      default:
        return [];
    }
  }

  return {
    apply,
    event(message: SseMessage, ctx: DialectContext): ReplyChunk[] {
      if (failed) return [];
      let json: unknown;
      try {
        json = JSON.parse(message.data);
      } catch {
        return [];
      }
      const parsed = anthropicEventSchema.safeParse(json);
      if (parsed.success) return apply(parsed.data, ctx);
      // `event: error` with an unexpected body shape is still an error.
      return message.event === "error" ? fail(message.data, ctx) : [];
    },

    json(body: unknown, ctx: DialectContext): ReplyChunk[] {
      const parsed = anthropicMessageSchema.safeParse(body);
      if (!parsed.success) return fail(JSON.stringify(body), ctx);
      const out = messageToEvents(parsed.data).flatMap((event) => apply(event, ctx));
      return [...out, ...end(ctx)];
    },

    end,
  };

  function end(ctx: DialectContext): ReplyChunk[] {
    if (failed) return [];
    const out = [...start(ctx), ...closeAll()];
    meta.totalMs = ctx.now() - ctx.startedAt;
    if (!sawStop) meta.incomplete = true;
    const reason = meta.incomplete ? "other" : (finishReasons[meta.finishReason ?? ""] ?? "other");
    out.push({ type: "finish", finishReason: reason, messageMetadata: snapshot() });
    return out;
  }
}

function isEmptyObject(value: unknown): boolean {
  return value !== null && typeof value === "object" && Object.keys(value).length === 0;
}
