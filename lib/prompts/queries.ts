import "@/lib/schemas/zod-no-eval";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Prompt } from "./schema";
import { promptStore, type SavePromptInput } from "./store";

export const promptKeys = {
  all: ["prompts"] as const,
  list: ["prompts", "list"] as const,
};

/** The library from IndexedDB. It changes only through the mutations below, which invalidate it. */
export const promptsQueryOptions = () =>
  queryOptions({
    queryKey: promptKeys.list,
    queryFn: () => promptStore().list(),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });

export function usePrompts() {
  return useQuery(promptsQueryOptions());
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: promptKeys.all });
}

export function useSavePrompt() {
  const onSettled = useInvalidate();
  return useMutation({ mutationFn: (input: SavePromptInput) => promptStore().save(input), onSettled });
}

export function useDeletePrompt() {
  const onSettled = useInvalidate();
  return useMutation({ mutationFn: (id: string) => promptStore().delete(id), onSettled });
}

export function useImportPrompts() {
  const onSettled = useInvalidate();
  return useMutation({ mutationFn: (prompts: Prompt[]) => promptStore().importAll(prompts), onSettled });
}
