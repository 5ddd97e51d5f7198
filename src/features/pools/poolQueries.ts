import { queryOptions } from "@tanstack/react-query";
import type { GraphClient } from "../../graph/clientTypes";
import { getPoolWithAssignments } from "./getPoolWithAssignments";
import { readPoolList } from "./readPoolList";
import type { PoolWithAssignments } from "./types";

const selectPool = ({ pool }: PoolWithAssignments) => pool;

export const poolQueries = {
  all: () => ["pools"] as const,
  /** Fills in page by page while it loads; usePoolList says whether every page is in. */
  list: (graph: GraphClient) =>
    queryOptions({
      queryKey: [...poolQueries.all(), "list"] as const,
      queryFn: (context) => readPoolList(graph, context),
    }),
  /**
   * The pool, read with its assignments in one request. The cache entry holds both: the
   * assignments list (assignmentQueries.list) is this same entry, so a pool page loads, refetches
   * and invalidates them together. Observers see the pool; fetchQuery and setQueryData see both.
   */
  detail: (graph: GraphClient, poolId: string) =>
    queryOptions({
      queryKey: [...poolQueries.all(), "detail", poolId] as const,
      queryFn: ({ signal }) => getPoolWithAssignments(graph, poolId, { signal }),
      select: selectPool,
    }),
};
