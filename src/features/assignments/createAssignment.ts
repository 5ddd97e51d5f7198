import type { GraphClient } from "../../graph/clientTypes";
import {
  assignmentOdataType,
  fromGraphAssignment,
  graphAssignmentSchema,
  toGraphTarget,
} from "./graphAssignment";
import { assignmentsPath } from "./assignmentsPath";
import type { Assignment, NewAssignmentTarget } from "./types";

/** Adds one target to the pool: POST …/assignments is additive, while `…/assign` would replace all. */
export async function createAssignment(
  graph: GraphClient,
  poolId: string,
  target: NewAssignmentTarget,
): Promise<Assignment> {
  const body = { "@odata.type": assignmentOdataType, target: toGraphTarget(target) };
  const created = await graph.post(assignmentsPath(poolId), body, graphAssignmentSchema);
  return fromGraphAssignment(created);
}
