import { z } from "zod";
import type { ReplyMetadata, TokenUsage } from "@/lib/conversations/metadata";
import type { AnthropicUsage } from "@/lib/schemas/messages";

/** What a Messages reply reports beyond the metrics every tab shares. */
export const anthropicDetailsSchema = z.object({
  messageId: z.string().optional(),
  stopSequence: z.string().optional(),
  inputTokens: z.number().optional(),
  outputTokens: z.number().optional(),
  cacheCreationInputTokens: z.number().optional(),
  cacheReadInputTokens: z.number().optional(),
  cacheCreation5m: z.number().optional(),
  cacheCreation1h: z.number().optional(),
  serviceTier: z.string().optional(),
  /** The `vendor` API·GO echoes in non-stream replies (absent from streams). */
  vendor: z.string().optional(),
});
export type AnthropicDetails = z.infer<typeof anthropicDetailsSchema>;

export type MessagesReplyMetadata = ReplyMetadata & { anthropic?: AnthropicDetails };

/** Reads the Anthropic details back from metadata that may come from storage (so it is checked). */
export function anthropicDetailsOf(meta: ReplyMetadata | undefined): AnthropicDetails | undefined {
  const raw = (meta as MessagesReplyMetadata | undefined)?.anthropic;
  const parsed = anthropicDetailsSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

const num = (value: number | null | undefined) => value ?? undefined;

/** Later usage objects (message_delta) carry cumulative totals: keep what they omit from earlier ones. */
export function mergeAnthropicUsage(details: AnthropicDetails, usage: AnthropicUsage): AnthropicDetails {
  const next = {
    inputTokens: num(usage.input_tokens),
    outputTokens: num(usage.output_tokens),
    cacheCreationInputTokens: num(usage.cache_creation_input_tokens),
    cacheReadInputTokens: num(usage.cache_read_input_tokens),
    cacheCreation5m: num(usage.cache_creation?.ephemeral_5m_input_tokens),
    cacheCreation1h: num(usage.cache_creation?.ephemeral_1h_input_tokens),
    serviceTier: usage.service_tier ?? undefined,
  };
  const out: AnthropicDetails = { ...details };
  for (const [key, value] of Object.entries(next) as [keyof typeof next, number | string | undefined][]) {
    if (value !== undefined) Object.assign(out, { [key]: value });
  }
  return out;
}

/** The shared metrics' view of Anthropic usage: input_tokens excludes cache writes and reads. */
export function toTokenUsage(details: AnthropicDetails): TokenUsage | undefined {
  const { inputTokens, outputTokens, cacheCreationInputTokens = 0, cacheReadInputTokens = 0 } = details;
  if (inputTokens == null && outputTokens == null) return undefined;
  const prompt =
    inputTokens == null ? undefined : inputTokens + cacheCreationInputTokens + cacheReadInputTokens;
  return {
    promptTokens: prompt,
    completionTokens: outputTokens,
    cachedTokens: cacheReadInputTokens || undefined,
    totalTokens: prompt != null && outputTokens != null ? prompt + outputTokens : undefined,
  };
}
