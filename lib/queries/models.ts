import { queryOptions } from "@tanstack/react-query";
import { type ModelList, modelListSchema } from "@/lib/schemas/chat-completions";
import { fetchJson } from "./http";
import { queryKeys } from "./keys";

/**
 * Which wire format a chat model is served in besides chat completions, from the gateway's
 * `supported_endpoint_types` (new-api: Anthropic channels list "anthropic", Gemini channels "gemini").
 * The model pickers group by it, under a readable name (`shared.modelGroups.<group>`).
 */
export const modelGroups = ["openai", "anthropic", "gemini"] as const;
export type ModelGroup = (typeof modelGroups)[number];

export interface ModelOption {
  id: string;
  group: ModelGroup;
}

// Endpoint types of models that are not chat models: images, videos, embeddings, rerank.
const NOT_CHAT = new Set(["image-generation", "openai-video", "embeddings", "jina-rerank"]);

/**
 * A model the chat and Messages tabs can call: served on a chat endpoint and on no media or embedding
 * endpoint (dall-e-3 lists "openai" too, after "image-generation"). A gateway that does not say is
 * trusted: every model is offered.
 */
export function isChatModel(types: readonly string[] | null | undefined): boolean {
  if (!types) return true;
  return !types.some((t) => NOT_CHAT.has(t));
}

export function modelGroupOf(types: readonly string[] | null | undefined): ModelGroup {
  if (types?.includes("anthropic")) return "anthropic";
  if (types?.includes("gemini")) return "gemini";
  return "openai";
}

/** The chat models of a /v1/models list, sorted by id. */
export function chatModelsOf(list: ModelList): ModelOption[] {
  return list.data
    .filter((m) => isChatModel(m.supported_endpoint_types))
    .map((m) => ({ id: m.id, group: modelGroupOf(m.supported_endpoint_types) }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The gateway's models, as the chat tab offers them: chat models only, grouped by wire format. */
export const modelsQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.models,
    queryFn: () => fetchJson("/api/apigo/v1/models", modelListSchema),
    staleTime: 5 * 60_000,
    select: chatModelsOf,
  });

export const preferredChatModel = "gpt-4o-mini";
