import type { PlaygroundMessage } from "@/lib/conversations/metadata";
import {
  anthropicAssistantTurns,
  anthropicToolFields,
  type ThinkingBlockParam,
  type ToolResultBlockParam,
  type ToolUseBlockParam,
} from "@/lib/tools/anthropic-wire";
import type { ToolSettings } from "@/lib/tools/spec";

export const DEFAULT_ANTHROPIC_VERSION = "2023-06-01";
/** API·GO's docs send `vendor: ClaudeCode` on /v1/messages. */
export const DEFAULT_MESSAGES_VENDOR = "ClaudeCode";
export const ANTHROPIC_VERSIONS = [DEFAULT_ANTHROPIC_VERSION, "2026-10-21"] as const;

export interface MessagesConfig {
  model: string;
  system: string;
  /** Send the system prompt as a text block with `cache_control: {type: "ephemeral"}`. */
  cacheSystem: boolean;
  maxTokens: number;
  temperature?: number;
  topP?: number;
  topK?: number;
  stopSequences: string[];
  thinking: boolean;
  budgetTokens: number;
  stream: boolean;
  anthropicVersion: string;
  anthropicBeta: string;
  vendor: string;
  /** The conversation's tools: `tools` and `tool_choice` when there are any. */
  tools?: ToolSettings;
}

export type TextBlockParam = { type: "text"; text: string; cache_control?: { type: "ephemeral" } };
export type ImageBlockParam = {
  type: "image";
  source: { type: "base64"; media_type: string; data: string };
};
export type MessageParam = {
  role: "user" | "assistant";
  content: (
    | TextBlockParam
    | ImageBlockParam
    | ToolUseBlockParam
    | ToolResultBlockParam
    | ThinkingBlockParam
  )[];
};

export interface MessagesBody {
  model: string;
  max_tokens: number;
  system?: string | TextBlockParam[];
  messages: MessageParam[];
  temperature?: number;
  top_p?: number;
  top_k?: number;
  stop_sequences?: string[];
  thinking?: { type: "enabled"; budget_tokens: number };
  tools?: unknown[];
  tool_choice?: unknown;
  stream: boolean;
}

const dataUrl = /^data:([\w/+.-]+);base64,(.*)$/s;

/** An uploaded image (a `file` part with a data: URL) as an Anthropic base64 image block. */
export function imageBlockOf(url: string, mediaType: string): ImageBlockParam | undefined {
  const match = dataUrl.exec(url);
  if (!match?.[2] || !mediaType.startsWith("image/")) return undefined;
  return { type: "image", source: { type: "base64", media_type: match[1] ?? mediaType, data: match[2] } };
}

function contentOf(message: PlaygroundMessage): MessageParam["content"] {
  const blocks: MessageParam["content"] = [];
  for (const part of message.parts) {
    if (part.type === "text" && part.text !== "") blocks.push({ type: "text", text: part.text });
    if (part.type === "file" && message.role === "user") {
      const image = imageBlockOf(part.url, part.mediaType);
      if (image) blocks.push(image);
    }
  }
  return blocks;
}

/**
 * The exact body POSTed to /v1/messages. Earlier thinking is not sent back (Anthropic drops earlier
 * turns' thinking anyway), except the signed thinking of a step that called tools, which it requires.
 */
export function buildMessagesBody(messages: PlaygroundMessage[], config: MessagesConfig): MessagesBody {
  const wire: MessageParam[] = [];
  for (const message of messages) {
    if (message.role === "system") continue;
    if (message.role === "assistant") {
      wire.push(...anthropicAssistantTurns(message, (text): TextBlockParam => ({ type: "text", text })));
      continue;
    }
    const content = contentOf(message);
    // A reply that failed before its first token has nothing to resend.
    if (content.length === 0) continue;
    wire.push({ role: message.role, content });
  }
  const system = config.system.trim();
  const stops = config.stopSequences.filter((s) => s !== "");
  // Key order follows Anthropic's docs, so the inspector and View code read naturally.
  return {
    model: config.model,
    max_tokens: config.maxTokens,
    ...(system && {
      system: config.cacheSystem
        ? [{ type: "text" as const, text: system, cache_control: { type: "ephemeral" as const } }]
        : system,
    }),
    messages: wire,
    ...(config.temperature !== undefined && { temperature: config.temperature }),
    ...(config.topP !== undefined && { top_p: config.topP }),
    ...(config.topK !== undefined && { top_k: config.topK }),
    ...(stops.length > 0 && { stop_sequences: stops }),
    ...(config.thinking && { thinking: { type: "enabled" as const, budget_tokens: config.budgetTokens } }),
    ...anthropicToolFields(config.tools),
    stream: config.stream,
  };
}

/** Headers the Messages API adds to the shared ones (content-type, accept, vendor). */
export function messagesHeaders(config: Pick<MessagesConfig, "anthropicVersion" | "anthropicBeta">) {
  const headers: Record<string, string> = {
    "anthropic-version": config.anthropicVersion.trim() || DEFAULT_ANTHROPIC_VERSION,
  };
  const beta = config.anthropicBeta.trim();
  if (beta) headers["anthropic-beta"] = beta;
  return headers;
}
