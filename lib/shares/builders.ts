import { textOf } from "@/lib/conversations/metadata";
import {
  type AnthropicShareBlock,
  type ChatConversation,
  type ChatShareMessage,
  type ChatSnapshot,
  type CompareSnapshot,
  chatShareParamsSchema,
  compareSnapshotSchema,
  type MessagesConversation,
  type MessagesShareMessage,
  type MessagesSnapshot,
  messagesShareParamsSchema,
  type ShareMetrics,
  shareMetricsSchema,
} from "@/lib/schemas/share";
import { attachmentSharer } from "./attachment-builders";
import { chatStepsFrom, messagesBlocksFrom, toolSetFrom } from "./tool-builders";

// Snapshot builders: plain data in, an allowlisted snapshot out. They copy named fields only, so
// nothing a tab keeps beside them (request ids, headers, errors, exchange ids) can reach a share.

/** A UI message as the tabs hold it (the AI SDK's UIMessage shape, read structurally). */
export interface MessageLike {
  role: string;
  parts: readonly { type: string; text?: string; data?: unknown; url?: string; mediaType?: string }[];
  metadata?: unknown;
}

const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : undefined);
const str = (v: unknown) => (typeof v === "string" && v !== "" ? v : undefined);
const obj = (v: unknown): Record<string, unknown> =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** ReplyMetadata (and the messages tab's `anthropic` details) to share metrics; undefined when empty. */
export function metricsFrom(metadata: unknown): ShareMetrics | undefined {
  const m = obj(metadata);
  const usage = obj(m.usage);
  const anthropic = obj(m.anthropic);
  const metrics = {
    model: str(m.model),
    ttftMs: num(m.ttftMs),
    totalMs: num(m.totalMs),
    usage: {
      promptTokens: num(usage.promptTokens),
      completionTokens: num(usage.completionTokens),
      reasoningTokens: num(usage.reasoningTokens),
      cachedTokens: num(usage.cachedTokens),
      totalTokens: num(usage.totalTokens),
      cacheCreationInputTokens: num(anthropic.cacheCreationInputTokens),
      cacheReadInputTokens: num(anthropic.cacheReadInputTokens),
    },
    finishReason: str(m.finishReason),
    incomplete: m.incomplete === true ? true : undefined,
  };
  const parsed = shareMetricsSchema.safeParse(JSON.parse(JSON.stringify(metrics)));
  if (!parsed.success) return undefined;
  const { usage: u, ...rest } = parsed.data;
  const hasUsage = u && Object.keys(u).length > 0;
  const out = { ...rest, ...(hasUsage ? { usage: u } : {}) };
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Keeps the parameters the schema knows and that are valid; drops the rest one by one. */
export function pickParams<T>(
  schema: { safeParse: (v: unknown) => { success: boolean; data?: T } },
  params: object,
): T {
  const whole = schema.safeParse(params);
  if (whole.success) return whole.data as T;
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) {
    if (schema.safeParse({ ...kept, [key]: value }).success) kept[key] = value;
  }
  return schema.safeParse(kept).data as T;
}

const isRole = (role: string): role is "user" | "assistant" => role === "user" || role === "assistant";

export interface ChatInput {
  model: string;
  vendor: string;
  system: string;
  /** The request body's parameter fields as sent (temperature, max_tokens, stop, stream, …). */
  params: object;
  messages: readonly MessageLike[];
  /** The conversation's saved tool settings (lib/tools/spec.ts ToolSettings, as stored). */
  tools?: unknown;
}

export function chatConversationFrom(input: ChatInput): ChatConversation {
  const messages: ChatShareMessage[] = [];
  const share = attachmentSharer();
  for (const m of input.messages) {
    if (!isRole(m.role)) continue;
    const content = textOf(m);
    const reasoning = m.parts.map((p) => (p.type === "reasoning" ? (p.text ?? "") : "")).join("");
    const metrics = m.role === "assistant" ? metricsFrom(m.metadata) : undefined;
    const images = m.role === "user" ? m.parts.filter((p) => p.type === "file").map(share) : [];
    const steps = m.role === "assistant" ? chatStepsFrom(m) : undefined;
    messages.push({
      role: m.role,
      content,
      ...(reasoning ? { reasoning } : {}),
      ...(images.length > 0 ? { images } : {}),
      ...(metrics ? { metrics } : {}),
      ...(steps ? { steps } : {}),
    });
  }
  return {
    api: "chat-completions",
    model: input.model.trim(),
    vendor: input.vendor.trim(),
    system: input.system,
    params: pickParams(chatShareParamsSchema, input.params),
    messages,
    ...withTools(input.tools),
  };
}

export function chatSnapshotFrom(input: ChatInput & { title?: string }): ChatSnapshot {
  const conversation = chatConversationFrom(input);
  const firstUser = conversation.messages.find((m) => m.role === "user")?.content;
  return { v: 1, kind: "chat", ...titleOf(input.title ?? firstUser), ...conversation };
}

/** The messages tab's `data-block` parts: tool_use and other non-text blocks. */
function blockFrom(data: unknown): AnthropicShareBlock | undefined {
  const d = obj(data);
  if (d.blockType === "redacted_thinking") return { type: "redacted_thinking" };
  if (d.blockType === "tool_use") {
    const input = d.value !== undefined ? d.value : str(d.partialJson);
    return {
      type: "tool_use",
      id: str(d.toolId) ?? "",
      name: str(d.name) ?? "",
      input: (input ?? {}) as Extract<AnthropicShareBlock, { type: "tool_use" }>["input"],
    };
  }
  return undefined;
}

export interface MessagesInput {
  model: string;
  vendor: string;
  anthropicVersion: string;
  system: string;
  /** The request body's parameter fields as sent (max_tokens, thinking, stop_sequences, …). */
  params: object;
  messages: readonly MessageLike[];
  /** The conversation's saved tool settings (lib/tools/spec.ts ToolSettings, as stored). */
  tools?: unknown;
}

export function messagesConversationFrom(input: MessagesInput): MessagesConversation {
  const messages: MessagesShareMessage[] = [];
  const share = attachmentSharer();
  for (const m of input.messages) {
    if (!isRole(m.role)) continue;
    const blocks = messagesBlocksFrom(m, (p): AnthropicShareBlock[] => {
      if (p.type === "text" && p.text) return [{ type: "text", text: p.text }];
      if (p.type === "reasoning" && p.text) return [{ type: "thinking", thinking: p.text }];
      if (p.type === "file") return [{ type: "image", image: share(p) }];
      const block = p.type.startsWith("data-") ? blockFrom(p.data) : undefined;
      return block ? [block] : [];
    });
    const metrics = m.role === "assistant" ? metricsFrom(m.metadata) : undefined;
    messages.push({ role: m.role, blocks, ...(metrics ? { metrics } : {}) });
  }
  return {
    api: "messages",
    model: input.model.trim(),
    vendor: input.vendor.trim(),
    anthropicVersion: input.anthropicVersion,
    system: input.system,
    params: pickParams(messagesShareParamsSchema, input.params),
    messages,
    ...withTools(input.tools),
  };
}

export function messagesSnapshotFrom(input: MessagesInput & { title?: string }): MessagesSnapshot {
  const conversation = messagesConversationFrom(input);
  const firstText = conversation.messages
    .find((m) => m.role === "user")
    ?.blocks.find((b) => b.type === "text")?.text;
  return { v: 1, kind: "messages", ...titleOf(input.title ?? firstText), ...conversation };
}

export type ComparePaneInput =
  | ({ api: "chat-completions" } & ChatInput)
  | ({ api: "messages" } & MessagesInput);

/**
 * 2–6 panes, each with its own API, model, vendor, parameters and conversation, and the tool set they
 * all send (the compare store's `tools`, as stored), kept once for the comparison.
 */
export function compareSnapshotFrom(input: {
  title?: string;
  panes: readonly ComparePaneInput[];
  tools?: unknown;
}): CompareSnapshot {
  const panes = input.panes.map((pane) =>
    pane.api === "messages" ? messagesConversationFrom(pane) : chatConversationFrom(pane),
  );
  const snapshot = { v: 1, kind: "compare", ...titleOf(input.title), panes, ...withTools(input.tools) };
  return compareSnapshotSchema.parse(snapshot);
}

function withTools(raw: unknown) {
  const tools = toolSetFrom(raw);
  return tools ? { tools } : {};
}

function titleOf(title: string | undefined): { title?: string } {
  const t = title?.replace(/\s+/g, " ").trim().slice(0, 80);
  return t ? { title: t } : {};
}
