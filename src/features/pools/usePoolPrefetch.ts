import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useContext } from "react";
import { useGraph } from "../../graph/GraphContext";
import { PoolPagePreload } from "./poolPagePreload";
import { poolQueries } from "./poolQueries";

/**
 * Starts loading what a pool's page asks for first: its code, and the pool with its assignments
 * (one request, see poolQueries.detail) with the page's own query options, so the page finds them in the cache. What is cached and fresh is
 * not read again, and a read under way is joined, not repeated.
 */
export function usePoolPrefetch(): (poolId: string) => void {
  const graph = useGraph();
  const queryClient = useQueryClient();
  const preloadPage = useContext(PoolPagePreload);
  return useCallback(
    (poolId: string) => {
      preloadPage();
      void queryClient.prefetchQuery(poolQueries.detail(graph, poolId));
    },
    [graph, queryClient, preloadPage],
  );
}
