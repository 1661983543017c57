import type { ModelGroup } from "@/lib/queries/models";

/**
 * The Messages tab offers every chat model (the gateway converts /v1/messages for other channels,
 * docs/apigo-wire-spec.md 5.3), the Anthropic-format ones first.
 */
export const messagesGroupOrder: readonly ModelGroup[] = ["anthropic", "openai", "gemini"];
