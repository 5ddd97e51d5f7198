import type { GraphClient, RequestOptions } from "../../graph/clientTypes";
import { fromGraphPool, graphPoolSchema, poolsPath } from "./graphPool";
import type { Pool } from "./types";

export async function listPools(graph: GraphClient, options?: RequestOptions): Promise<Pool[]> {
  const items = await graph.getAll(poolsPath, graphPoolSchema, options);
  return items.map(fromGraphPool);
}
