import { isServer, QueryClient } from "@tanstack/react-query";
import { HttpError } from "./http";

/** A new client (tests; the server's render). Session and model lists change rarely. */
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

let browserQueryClient: QueryClient | undefined;

/**
 * The browser tab's one client (the providers hand it to React; code outside React, such as the Evaluate
 * engine, reads the cache through it); a new one per render on the server. TanStack Query's documented
 * `getQueryClient` for the App Router.
 */
export function getQueryClient(): QueryClient {
  if (isServer) return makeQueryClient();
  browserQueryClient ??= makeQueryClient();
  return browserQueryClient;
}
