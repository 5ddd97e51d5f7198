import { useMutation, useQueryClient, type QueryClient } from "@tanstack/react-query";
import type { GraphClient } from "../../graph/clientTypes";
import { useGraph } from "../../graph/GraphContext";
import { isGraphError } from "../../graph/GraphError";
import { deletePool } from "./deletePool";
import { getPool } from "./getPool";
import { poolQueries } from "./poolQueries";

/** `alreadyGone`: Graph had no such pool any more (another admin or tab deleted it). */
export type DeletePoolOutcome = "deleted" | "alreadyGone";

export interface DeletePoolResult {
  outcome: DeletePoolOutcome;
}

/**
 * Deletes the pool and forgets it: out of the cached list, its own entry and its assignments
 * gone. When the answer to the DELETE is lost, the pool is read again instead of deleting twice:
 * a pool Graph no longer finds was deleted; otherwise the DELETE's own error is thrown.
 */
export function useDeletePool(poolId: string) {
  const graph = useGraph();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...poolQueries.detail(graph, poolId).queryKey, "delete"],
    mutationFn: () => deletePoolOnce(graph, poolId),
    onSuccess: ({ outcome }) => forgetPool(queryClient, graph, poolId, outcome),
  });
}

async function deletePoolOnce(graph: GraphClient, poolId: string): Promise<DeletePoolResult> {
  try {
    await deletePool(graph, poolId);
    return { outcome: "deleted" };
  } catch (error) {
    if (!isGraphError(error)) throw error;
    if (error.status === 404) return { outcome: "alreadyGone" };
    if (!error.isAmbiguous) throw error;
    if (await isGone(graph, poolId)) return { outcome: "deleted" };
    throw error;
  }
}

/**
 * Read from Graph, not through the cache: the pool's page shows that cache entry, and a 404 there
 * would turn the page into "Pool not found" behind the dialog. A failed read proves nothing.
 */
async function isGone(graph: GraphClient, poolId: string): Promise<boolean> {
  try {
    await getPool(graph, poolId);
    return false;
  } catch (error) {
    return isGraphError(error) && error.status === 404;
  }
}

async function forgetPool(
  queryClient: QueryClient,
  graph: GraphClient,
  poolId: string,
  outcome: DeletePoolOutcome,
): Promise<void> {
  const { queryKey } = poolQueries.list(graph);
  // A list read still in flight may have started before the DELETE and would bring the pool
  // back. Only a refetch is cancelled: cancelling a first load would leave the list empty.
  if (queryClient.getQueryData(queryKey)) {
    await queryClient.cancelQueries({ queryKey, exact: true });
  }
  queryClient.setQueryData(queryKey, (pools) => pools?.filter(({ id }) => id !== poolId));
  // Removed, not refetched: reading a deleted pool again only brings back a 404. Its assignments
  // are in the same entry (see poolQueries.detail).
  queryClient.removeQueries({ queryKey: poolQueries.detail(graph, poolId).queryKey, exact: true });
  // Someone else deleted it first: what else did they change?
  if (outcome === "alreadyGone") await queryClient.invalidateQueries({ queryKey, exact: true });
}
