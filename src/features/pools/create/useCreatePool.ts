import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useGraph } from "../../../graph/GraphContext";
import { mayHaveBeenStored } from "../../../graph/GraphError";
import { listPools } from "../listPools";
import { poolQueries } from "../poolQueries";
import type { Pool } from "../types";
import { createPool, type NewPool } from "./createPool";
import { PoolCreateLostError, PoolListCheckError } from "./createPoolErrors";

import { findCreatedPool } from "./findCreatedPool";

export interface CreatedPool {
  pool: Pool;
  /** The answer was lost, and the pools read again showed it had been created. */
  recovered: boolean;
}

/**
 * Uploads a checked code file as a new pool. The pools are read fresh first, so that when the
 * answer is lost the list read again shows whether a pool with this name and code count appeared:
 * the upload is never sent twice by itself. The codes are the mutation's variables, so the
 * mutation is dropped from the cache as soon as the dialog that ran it is gone (`gcTime: 0`).
 */
export function useCreatePool() {
  const graph = useGraph();
  const queryClient = useQueryClient();
  const { queryKey } = poolQueries.list(graph);
  // A sign-in redirect would leave the page and lose the file: ask on this page instead.
  const options = { interaction: "fail" } as const;

  return useMutation({
    gcTime: 0,
    mutationFn: async (pool: NewPool): Promise<CreatedPool> => {
      const before = await listPools(graph, options).catch((error: unknown) => {
        throw new PoolListCheckError(error);
      });
      queryClient.setQueryData(queryKey, before);
      try {
        return { pool: await createPool(graph, pool, options), recovered: false };
      } catch (error) {
        if (!mayHaveBeenStored(error)) throw error;
        const after = await listPools(graph, options).catch(() => undefined);
        if (after) queryClient.setQueryData(queryKey, after);
        const found = after && findCreatedPool(pool.displayName, pool.codes.length, before, after);
        if (found) return { pool: found, recovered: true };
        throw new PoolCreateLostError(error, after === undefined);
      }
    },
    onSuccess: ({ pool }) => {
      queryClient.setQueryData(queryKey, (current) =>
        current && !current.some(({ id }) => id === pool.id) ? [...current, pool] : current,
      );
      // A new pool is assigned to nobody yet.
      queryClient.setQueryData(poolQueries.detail(graph, pool.id).queryKey, {
        pool,
        assignments: [],
      });
    },
  });
}
