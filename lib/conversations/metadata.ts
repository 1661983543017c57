import type { UIMessage } from "ai";
import type { DisplayError } from "@/lib/errors";

export interface TokenUsage {
  promptTokens?: number;
  completionTokens?: number;
  reasoningTokens?: number;
  cachedTokens?: number;
  totalTokens?: number;
}

/** Measured per reply by the transport; travels as the assistant message's metadata. */
export interface ReplyMetadata {
  /** Model the upstream says answered (may differ from the one requested, e.g. a dated snapshot). */
  model?: string;
  requestId?: string;
  /** Milliseconds from sending the request to the first content or reasoning token. */
  ttftMs?: number;
  /** Milliseconds from sending the request to the end of the stream. */
  totalMs?: number;
  usage?: TokenUsage;
  /** The upstream's own finish reason (`stop`, `length`, `tool_calls`, ...), verbatim. */
  finishReason?: string;
  /** The stream ended without its terminator: the text is partial. */
  incomplete?: boolean;
  /** The transport's id of the request/reply pair, for the inspector (the latest one after a Continue). */
  exchangeId?: string;
  /** The user stopped this reply (kept with the message so the notice survives a reload). */
  stopped?: boolean;
  /** The page was closed or reloaded while this reply streamed: what had arrived is kept, partial. */
  interrupted?: boolean;
  /** An error event arrived inside a 200 stream. */
  streamError?: DisplayError;
}

export type PlaygroundMessage = UIMessage<ReplyMetadata>;

/** A message's text: its text parts joined, without reasoning, files or tool parts. */
export function textOf(message: { parts: readonly { type: string; text?: string }[] }): string {
  let text = "";
  for (const part of message.parts) if (part.type === "text") text += part.text ?? "";
  return text;
}

/** Output tokens per second after the first token; undefined when it cannot be measured honestly. */
export function tokensPerSecond(meta: ReplyMetadata): number | undefined {
  const tokens = meta.usage?.completionTokens;
  if (tokens == null || meta.totalMs == null || meta.ttftMs == null) return undefined;
  const seconds = (meta.totalMs - meta.ttftMs) / 1000;
  return seconds > 0 ? tokens / seconds : undefined;
}
