import { QueryClient } from "@tanstack/react-query";

/**
 * The Graph client already retries what is safe to retry; a second retry layer would multiply
 * waits. `networkMode: "always"`: TanStack Query's default pauses a request while the browser is
 * offline and runs it by itself once the connection is back, which for a create or a remove (and
 * the re-read before one) is a write nobody asked for in that moment. Offline, the Graph client
 * refuses at once instead, and the screen says nothing was sent.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: false,
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        networkMode: "always",
      },
      mutations: { retry: false, networkMode: "always" },
    },
  });
}
