import type { GraphClient, RequestOptions } from "../../graph/clientTypes";
import { graphPath } from "../../graph/graphPath";
import { assignmentsPath } from "./assignmentsPath";

/** Removes one target from the pool (204); a 404 means it was already gone. */
export async function deleteAssignment(
  graph: GraphClient,
  poolId: string,
  assignmentId: string,
  options?: RequestOptions,
): Promise<void> {
  await graph.delete(`${assignmentsPath(poolId)}${graphPath`/${assignmentId}`}`, options);
}
