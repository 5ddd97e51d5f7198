import { queryOptions } from "@tanstack/react-query";
import type { GraphClient } from "../../graph/clientTypes";
import { listAssignments } from "./listAssignments";

export const assignmentQueries = {
  all: () => ["assignments"] as const,
  list: (graph: GraphClient, poolId: string) =>
    queryOptions({
      queryKey: [...assignmentQueries.all(), "list", poolId] as const,
      queryFn: ({ signal }) => listAssignments(graph, poolId, { signal }),
    }),
};
