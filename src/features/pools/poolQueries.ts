import { queryOptions } from "@tanstack/react-query";
import type { GraphClient } from "../../graph/clientTypes";
import { getPool } from "./getPool";
import { readPoolList } from "./readPoolList";

export const poolQueries = {
  all: () => ["pools"] as const,
  /** Fills in page by page while it loads; usePoolList says whether every page is in. */
  list: (graph: GraphClient) =>
    queryOptions({
      queryKey: [...poolQueries.all(), "list"] as const,
      queryFn: (context) => readPoolList(graph, context),
    }),
  detail: (graph: GraphClient, poolId: string) =>
    queryOptions({
      queryKey: [...poolQueries.all(), "detail", poolId] as const,
      queryFn: ({ signal }) => getPool(graph, poolId, { signal }),
    }),
};
