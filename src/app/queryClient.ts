import { QueryClient } from "@tanstack/react-query";

/** The Graph client already retries what is safe to retry; a second retry layer would multiply waits. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: false, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
