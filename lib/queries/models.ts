import { queryOptions } from "@tanstack/react-query";
import { modelListSchema } from "@/lib/schemas/chat-completions";
import { fetchJson } from "./http";
import { queryKeys } from "./keys";

export interface ModelOption {
  id: string;
  ownedBy?: string;
}

/** Chat-capable models (new-api lists "openai" among their endpoint types), sorted by id. */
export const modelsQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.models,
    queryFn: () => fetchJson("/api/apigo/v1/models", modelListSchema),
    staleTime: 5 * 60_000,
    select: (list): ModelOption[] =>
      list.data
        .filter((m) => !m.supported_endpoint_types || m.supported_endpoint_types.includes("openai"))
        .map((m) => ({ id: m.id, ownedBy: m.owned_by ?? undefined }))
        .sort((a, b) => a.id.localeCompare(b.id)),
  });

export const preferredChatModel = "gpt-4o-mini";
