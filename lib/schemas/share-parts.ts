import { z } from "zod";
import { modelIdSchema, systemPromptSchema, vendorSchema } from "./setup-fields";
import { chatShareStepsSchema, shareToolSettingsSchema } from "./share-tools";

export * from "./setup-fields";

// Building blocks of a share snapshot. Every object is an allowlist: zod drops any field it does not
// name, so a crafted request cannot smuggle a key, a cookie or a header into storage by adding fields.
// Lengths are capped so one field cannot hold the whole size budget unnoticed.

const count = z.number().int().nonnegative().max(1e12);
const ms = z.number().nonnegative().max(1e9);

export const imageMimes = ["image/png", "image/jpeg", "image/webp"] as const;
export type ImageMime = (typeof imageMimes)[number];

// File signatures: an image whose bytes do not match its declared type is refused (no SVG, no HTML).
const signatures: Record<ImageMime, (b: Uint8Array) => boolean> = {
  "image/png": (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47,
  "image/jpeg": (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  "image/webp": (b) =>
    String.fromCharCode(...b.slice(0, 4)) === "RIFF" && String.fromCharCode(...b.slice(8, 12)) === "WEBP",
};

/** The first 12 bytes, or none when the text is not valid base64 (atob throws: a 400, not a 500). */
function headBytes(base64: string): Uint8Array {
  try {
    return Uint8Array.from(atob(base64.slice(0, 16)), (c) => c.charCodeAt(0));
  } catch {
    return new Uint8Array();
  }
}

export const shareImageSchema = z
  .object({
    mime: z.enum(imageMimes),
    /** Standard base64 of the file, no data: prefix. */
    data: z
      .string()
      .min(16)
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, "image data must be base64"),
    width: z.number().int().positive().max(20_000).optional(),
    height: z.number().int().positive().max(20_000).optional(),
    revisedPrompt: z.string().max(10_000).optional(),
  })
  .refine((img) => signatures[img.mime](headBytes(img.data)), {
    message: "image data is not valid base64 of an image of its type",
    path: ["data"],
  });
export type ShareImage = z.infer<typeof shareImageSchema>;

/** An image attached to a shared message: its bytes, or a placeholder for one over the share's size cap. */
export const sharedAttachmentSchema = z.union([
  shareImageSchema,
  z.object({ omitted: z.enum(["too_large", "unsupported"]) }),
]);
export type SharedAttachment = z.infer<typeof sharedAttachmentSchema>;

export const shareUsageSchema = z.object({
  promptTokens: count.optional(),
  completionTokens: count.optional(),
  reasoningTokens: count.optional(),
  cachedTokens: count.optional(),
  totalTokens: count.optional(),
  /** Anthropic prompt caching: tokens written to and read from the cache. */
  cacheCreationInputTokens: count.optional(),
  cacheReadInputTokens: count.optional(),
});
export type ShareUsage = z.infer<typeof shareUsageSchema>;

/** A reply's metrics (ReplyMetadata without request ids, exchange ids or errors). */
export const shareMetricsSchema = z.object({
  model: modelIdSchema.optional(),
  ttftMs: ms.optional(),
  totalMs: ms.optional(),
  usage: shareUsageSchema.optional(),
  finishReason: z.string().max(64).optional(),
  incomplete: z.boolean().optional(),
});
export type ShareMetrics = z.infer<typeof shareMetricsSchema>;

const finite = z.number().finite();

/** /v1/chat/completions body fields the chat tab sets, in wire form. */
export const chatShareParamsSchema = z.object({
  temperature: finite.optional(),
  top_p: finite.optional(),
  max_tokens: z.number().int().nonnegative().optional(),
  presence_penalty: finite.optional(),
  frequency_penalty: finite.optional(),
  seed: z.number().int().optional(),
  stop: z.array(z.string().max(200)).max(8).optional(),
  response_format: z
    .object({
      type: z.enum(["text", "json_object", "json_schema"]),
      json_schema: z.json().optional(),
    })
    .optional(),
  reasoning_effort: z.enum(["minimal", "low", "medium", "high"]).optional(),
  stream: z.boolean().optional(),
});
export type ChatShareParams = z.infer<typeof chatShareParamsSchema>;

export const chatShareMessageSchema = z.object({
  role: z.enum(["user", "assistant"]),
  content: z.string().max(1_000_000),
  reasoning: z.string().max(1_000_000).optional(),
  /** A user message's attached images. */
  images: z.array(sharedAttachmentSchema).max(16).optional(),
  metrics: shareMetricsSchema.optional(),
  /** A reply that called tools, step by step (`content` and `reasoning` hold all its steps' text). */
  steps: chatShareStepsSchema.optional(),
});
export type ChatShareMessage = z.infer<typeof chatShareMessageSchema>;

/** One chat-completions conversation: the chat tab, or one compare pane. */
export const chatConversationSchema = z.object({
  api: z.literal("chat-completions"),
  model: modelIdSchema,
  vendor: vendorSchema,
  system: systemPromptSchema,
  params: chatShareParamsSchema,
  messages: z.array(chatShareMessageSchema).max(2000),
  /** The conversation's tool set (definitions, choice, parallel calls), when it has one. */
  tools: shareToolSettingsSchema.optional(),
});
export type ChatConversation = z.infer<typeof chatConversationSchema>;

/** /v1/messages body fields the messages tab sets, in wire form. */
export const messagesShareParamsSchema = z.object({
  max_tokens: z.number().int().nonnegative().optional(),
  temperature: finite.optional(),
  top_p: finite.optional(),
  top_k: z.number().int().nonnegative().optional(),
  stop_sequences: z.array(z.string().max(200)).max(8).optional(),
  thinking: z
    .discriminatedUnion("type", [
      z.object({ type: z.literal("enabled"), budget_tokens: z.number().int().nonnegative() }),
      z.object({ type: z.literal("disabled") }),
    ])
    .optional(),
  stream: z.boolean().optional(),
});
export type MessagesShareParams = z.infer<typeof messagesShareParamsSchema>;

export const anthropicShareBlockSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("text"), text: z.string().max(1_000_000) }),
  z.object({ type: z.literal("thinking"), thinking: z.string().max(1_000_000) }),
  // The encrypted payload is not kept: it is only meaningful to the account that received it.
  z.object({ type: z.literal("redacted_thinking") }),
  // Where an attached image was: images are not shared, the thread says one was there.
  z.object({ type: z.literal("image_not_shared") }),
  z.object({ type: z.literal("image"), image: sharedAttachmentSchema }),
  z.object({
    type: z.literal("tool_use"),
    id: z.string().max(100),
    name: z.string().max(200),
    input: z.json(),
  }),
  z.object({
    type: z.literal("tool_result"),
    tool_use_id: z.string().max(100),
    content: z.string().max(1_000_000),
    is_error: z.boolean().optional(),
  }),
]);
export type AnthropicShareBlock = z.infer<typeof anthropicShareBlockSchema>;

export const messagesShareMessageSchema = z.object({
  role: z.enum(["user", "assistant"]),
  blocks: z.array(anthropicShareBlockSchema).max(500),
  metrics: shareMetricsSchema.optional(),
});
export type MessagesShareMessage = z.infer<typeof messagesShareMessageSchema>;

/** One Anthropic Messages conversation: the messages tab, or one compare pane. */
export const messagesConversationSchema = z.object({
  api: z.literal("messages"),
  model: modelIdSchema,
  vendor: vendorSchema,
  anthropicVersion: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  system: systemPromptSchema,
  params: messagesShareParamsSchema,
  messages: z.array(messagesShareMessageSchema).max(2000),
  tools: shareToolSettingsSchema.optional(),
});
export type MessagesConversation = z.infer<typeof messagesConversationSchema>;

export const conversationSchema = z.discriminatedUnion("api", [
  chatConversationSchema,
  messagesConversationSchema,
]);
export type ShareConversation = z.infer<typeof conversationSchema>;
