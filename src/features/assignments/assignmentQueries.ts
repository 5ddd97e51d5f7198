import { queryOptions } from "@tanstack/react-query";
import type { GraphClient } from "../../graph/clientTypes";
import { poolQueries } from "../pools/poolQueries";
import type { PoolWithAssignments } from "../pools/types";
import type { Assignment } from "./types";

const selectAssignments = ({ assignments }: PoolWithAssignments) => assignments;

export const assignmentQueries = {
  /**
   * A pool's assignments come with the pool, in one request (`$expand=assignments`): this is the
   * pool's own cache entry, read for its assignments. Invalidating or cancelling it does the same
   * to the pool.
   */
  list: (graph: GraphClient, poolId: string) =>
    queryOptions({ ...poolQueries.detail(graph, poolId), select: selectAssignments }),
};

/** For setQueryData on the list's key: changes the assignments, keeps the pool they came with. */
export function updateAssignments(update: (assignments: Assignment[]) => Assignment[]) {
  return (current: PoolWithAssignments | undefined) =>
    current && { ...current, assignments: update(current.assignments) };
}
