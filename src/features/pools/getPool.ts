import type { GraphClient, RequestOptions } from "../../graph/clientTypes";
import { fromGraphPool, graphPoolSchema, poolPath } from "./graphPool";
import type { Pool } from "./types";

export async function getPool(
  graph: GraphClient,
  poolId: string,
  options?: RequestOptions,
): Promise<Pool> {
  return fromGraphPool(await graph.get(poolPath(poolId), graphPoolSchema, options));
}
