import { QueryClient } from "@tanstack/react-query";
import { HttpError } from "./http";

/** One per browser tab (created in the providers). Session and model lists change rarely. */
export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // A 4xx will not change by asking again; network errors and 5xx get two more tries.
        retry: (failureCount, error) => {
          if (error instanceof HttpError && error.display.status >= 400 && error.display.status < 500)
            return false;
          return failureCount < 2;
        },
      },
      mutations: { retry: false },
    },
  });
}
