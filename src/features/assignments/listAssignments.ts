import type { GraphClient, RequestOptions } from "../../graph/clientTypes";
import { graphPath } from "../../graph/graphPath";
import { fromGraphAssignment, graphAssignmentSchema } from "./graphAssignment";
import type { Assignment } from "./types";

export function assignmentsPath(poolId: string): string {
  return graphPath`/deviceManagement/embeddedSIMActivationCodePools/${poolId}/assignments`;
}

export async function listAssignments(
  graph: GraphClient,
  poolId: string,
  options?: RequestOptions,
): Promise<Assignment[]> {
  const items = await graph.getAll(assignmentsPath(poolId), graphAssignmentSchema, options);
  return items.map(fromGraphAssignment);
}
