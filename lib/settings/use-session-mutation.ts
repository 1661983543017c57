"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { queryKeys } from "@/lib/queries/keys";
import type { SessionInfo } from "@/lib/schemas/session";

/** A session change (key saved or forgotten, access granted): the models list depends on it too. */
export function useSessionMutation<V>(mutationFn: (variables: V) => Promise<SessionInfo>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (session) => {
      queryClient.setQueryData(queryKeys.session, session);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.session }),
        queryClient.invalidateQueries({ queryKey: queryKeys.models }),
        queryClient.invalidateQueries({ queryKey: queryKeys.balance }),
      ]);
    },
  });
}
