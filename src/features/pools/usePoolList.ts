import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useGraph } from "../../graph/GraphContext";
import { poolQueries } from "./poolQueries";
import { isPoolListComplete } from "./readPoolList";

/**
 * Of the pools shown: `complete` once every page is in; `counting` while pages are still
 * arriving; `stopped` when a page failed and the rest were not read.
 */
export type PoolListProgress = "complete" | "counting" | "stopped";

/** The pools list query, and how much of the list it holds. */
export function usePoolList() {
  const graph = useGraph();
  const queryClient = useQueryClient();
  const options = poolQueries.list(graph);
  const query = useQuery(options);
  const complete = isPoolListComplete(
    queryClient.getQueryCache().find({ queryKey: options.queryKey, exact: true }),
  );
  const failed = query.isError && !query.isFetching;
  const progress: PoolListProgress = complete ? "complete" : failed ? "stopped" : "counting";

  // A read cut short while the list was away (the admin opened a pool) left part of it in the
  // cache, fresh enough not to be read again by itself: finish it now that it is shown.
  const cutShort = query.data !== undefined && !complete && !query.isFetching && !query.isError;
  const { refetch } = query;
  useEffect(() => {
    if (cutShort) void refetch({ cancelRefetch: false });
  }, [cutShort, refetch]);

  return { query, progress };
}
