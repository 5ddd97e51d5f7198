import type { GraphClient, RequestOptions } from "../../graph/clientTypes";
import { fromGraphAssignment, graphAssignmentSchema } from "../assignments/graphAssignment";
import { z } from "../../zod";
import { fromGraphPool, graphPoolSchema, poolPath } from "./graphPool";
import type { PoolWithAssignments } from "./types";

const graphPoolWithAssignmentsSchema = graphPoolSchema.extend({
  assignments: z.array(graphAssignmentSchema),
  // OData may page an expanded collection like any other.
  "assignments@odata.nextLink": z.string().optional(),
});

/** The pool and its assignments in one request (`$expand=assignments`). */
export async function getPoolWithAssignments(
  graph: GraphClient,
  poolId: string,
  options?: RequestOptions,
): Promise<PoolWithAssignments> {
  const read = await graph.get(
    `${poolPath(poolId)}?$expand=assignments`,
    graphPoolWithAssignmentsSchema,
    options,
  );
  const nextLink = read["assignments@odata.nextLink"];
  const more = nextLink ? await graph.getAll(nextLink, graphAssignmentSchema, options) : [];
  return {
    pool: fromGraphPool(read),
    assignments: [...read.assignments, ...more].map(fromGraphAssignment),
  };
}
