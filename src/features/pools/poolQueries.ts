import { queryOptions } from "@tanstack/react-query";
import type { GraphClient } from "../../graph/clientTypes";
import { getPool } from "./getPool";
import { listPools } from "./listPools";

export const poolQueries = {
  all: () => ["pools"] as const,
  list: (graph: GraphClient) =>
    queryOptions({
      queryKey: [...poolQueries.all(), "list"] as const,
      queryFn: ({ signal }) => listPools(graph, { signal }),
    }),
  detail: (graph: GraphClient, poolId: string) =>
    queryOptions({
      queryKey: [...poolQueries.all(), "detail", poolId] as const,
      queryFn: ({ signal }) => getPool(graph, poolId, { signal }),
    }),
};
