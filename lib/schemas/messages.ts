import { z } from "zod";

// The fields of Anthropic Messages replies (/v1/messages) the playground reads; the rest is tolerated.
// Numbers are nullish because new-api's converted streams and Bedrock channels leave some out.

export const anthropicUsageSchema = z.object({
  input_tokens: z.number().nullish(),
  output_tokens: z.number().nullish(),
  cache_creation_input_tokens: z.number().nullish(),
  cache_read_input_tokens: z.number().nullish(),
  cache_creation: z
    .object({
      ephemeral_5m_input_tokens: z.number().nullish(),
      ephemeral_1h_input_tokens: z.number().nullish(),
    })
    .nullish(),
  service_tier: z.string().nullish(),
});
export type AnthropicUsage = z.infer<typeof anthropicUsageSchema>;

/**
 * One content block (text, thinking, redacted_thinking, tool_use, server tool blocks, ...), kept loose:
 * block types we do not render still reach the page by their type, so nothing is silently lost.
 */
export const contentBlockSchema = z.looseObject({
  type: z.string(),
  text: z.string().optional(),
  thinking: z.string().optional(),
  signature: z.string().nullish(),
  id: z.string().optional(),
  name: z.string().optional(),
  input: z.unknown().optional(),
});
export type ContentBlock = z.infer<typeof contentBlockSchema>;

/** The non-stream reply, and `message_start.message` (with empty content) in a stream. */
export const anthropicMessageSchema = z.object({
  id: z.string().nullish(),
  type: z.literal("message").nullish(),
  role: z.string().nullish(),
  model: z.string().nullish(),
  content: z.array(contentBlockSchema).nullish(),
  stop_reason: z.string().nullish(),
  stop_sequence: z.string().nullish(),
  usage: anthropicUsageSchema.nullish(),
  /** API·GO echoes the `vendor` request header here in non-stream replies. */
  vendor: z.string().nullish(),
});
export type AnthropicMessage = z.infer<typeof anthropicMessageSchema>;

const blockDelta = z.looseObject({
  type: z.string(),
  text: z.string().optional(),
  thinking: z.string().optional(),
  signature: z.string().optional(),
  partial_json: z.string().optional(),
});

export const anthropicErrorSchema = z.object({
  type: z.literal("error"),
  error: z.object({ type: z.string().nullish(), message: z.string().nullish() }),
});

/** One SSE event of a Messages stream, by its `type`. */
export const anthropicEventSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("message_start"), message: anthropicMessageSchema }),
  z.object({ type: z.literal("content_block_start"), index: z.number(), content_block: contentBlockSchema }),
  z.object({ type: z.literal("content_block_delta"), index: z.number(), delta: blockDelta }),
  z.object({ type: z.literal("content_block_stop"), index: z.number() }),
  z.object({
    type: z.literal("message_delta"),
    delta: z.object({ stop_reason: z.string().nullish(), stop_sequence: z.string().nullish() }).nullish(),
    usage: anthropicUsageSchema.nullish(),
  }),
  z.object({ type: z.literal("message_stop") }),
  z.object({ type: z.literal("ping") }),
  anthropicErrorSchema,
]);
export type AnthropicEvent = z.infer<typeof anthropicEventSchema>;
