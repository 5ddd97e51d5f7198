import type { GraphClient, RequestOptions } from "../../graph/clientTypes";
import { poolPath } from "./graphPool";

/** Deletes the pool with its codes and assignments (204); a 404 means it was already gone. */
export async function deletePool(
  graph: GraphClient,
  poolId: string,
  options?: RequestOptions,
): Promise<void> {
  await graph.delete(poolPath(poolId), options);
}
