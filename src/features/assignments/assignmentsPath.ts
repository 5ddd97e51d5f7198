import { graphPath } from "../../graph/graphPath";

/** A pool's assignments collection; they are read with the pool (poolQueries.detail). */
export function assignmentsPath(poolId: string): string {
  return graphPath`/deviceManagement/embeddedSIMActivationCodePools/${poolId}/assignments`;
}
