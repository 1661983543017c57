import { queryOptions } from "@tanstack/react-query";
import { fetchJson } from "@/lib/queries/http";
import { queryKeys } from "@/lib/queries/keys";
import { modelListSchema } from "@/lib/schemas/chat-completions";

/** Models new-api serves on /v1/messages ("anthropic" among their endpoint types), sorted by id. */
export const messagesModelsQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.models,
    queryFn: () => fetchJson("/api/apigo/v1/models", modelListSchema),
    staleTime: 5 * 60_000,
    select: (list) =>
      list.data
        .filter((m) => m.supported_endpoint_types?.includes("anthropic"))
        .map((m) => ({ id: m.id, ownedBy: m.owned_by ?? undefined }))
        .sort((a, b) => a.id.localeCompare(b.id)),
  });
