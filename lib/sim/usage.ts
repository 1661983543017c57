import type { Plan } from "./plan";

/** Output tokens of a plan: reasoning, text and tool calls. */
export function outputTokens(plan: Plan): number {
  return plan.reasoning.length + plan.content.length + (plan.toolTokens ?? 0);
}

export function openAiUsage(plan: Plan) {
  const completion = outputTokens(plan);
  return {
    prompt_tokens: plan.promptTokens,
    completion_tokens: completion,
    total_tokens: plan.promptTokens + completion,
    prompt_tokens_details: { cached_tokens: plan.cachedTokens, audio_tokens: 0 },
    completion_tokens_details: {
      reasoning_tokens: plan.reasoning.length,
      audio_tokens: 0,
      accepted_prediction_tokens: 0,
      rejected_prediction_tokens: 0,
    },
  };
}

export interface AnthropicCache {
  read: number;
  creation5m: number;
  creation1h: number;
}

export function anthropicInputs(plan: Plan, cache: AnthropicCache) {
  return {
    input_tokens: Math.max(0, plan.promptTokens - cache.read - cache.creation5m - cache.creation1h),
    cache_creation_input_tokens: cache.creation5m + cache.creation1h,
    cache_read_input_tokens: cache.read,
  };
}

export function anthropicUsage(plan: Plan, cache: AnthropicCache, outputTokens: number) {
  return {
    ...anthropicInputs(plan, cache),
    cache_creation: {
      ephemeral_5m_input_tokens: cache.creation5m,
      ephemeral_1h_input_tokens: cache.creation1h,
    },
    output_tokens: outputTokens,
    service_tier: "standard",
  };
}

export function stopReason(plan: Plan): string {
  if (plan.finish === "length") return "max_tokens";
  return plan.finish === "stop_sequence" ? "stop_sequence" : "end_turn";
}
