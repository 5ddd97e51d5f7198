import type { Query, QueryFunctionContext } from "@tanstack/react-query";
import type { GraphClient } from "../../graph/clientTypes";
import { listPoolPages } from "./listPools";
import { mergePools } from "./mergePools";
import type { Pool } from "./types";

/**
 * The list queries whose pools came from a read that reached the last page. Kept beside the
 * query, not read from its state: TanStack Query turns a read cancelled midway (the admin left
 * the list) back into the last page written and calls that a success, so "success and idle"
 * cannot tell a finished list from one cut short.
 */
const completeLists = new WeakSet<Query>();

export function isPoolListComplete(query: Query | undefined): boolean {
  return query !== undefined && completeLists.has(query);
}

/**
 * The list query's function: each page goes into the cache as it arrives, merged into the pools
 * already shown, so a refresh or Try again neither blanks the list nor shows a pool twice. Its
 * result, once the last page is in, is exactly what Graph listed: pools deleted meanwhile drop out.
 */
export async function readPoolList(
  graph: GraphClient,
  { client, queryKey, signal }: QueryFunctionContext,
): Promise<Pool[]> {
  const query = client.getQueryCache().find({ queryKey, exact: true });
  let read: Pool[] = [];
  for await (const page of listPoolPages(graph, { signal })) {
    // A read that was cancelled (or replaced by a newer one) must not write over the cache.
    signal.throwIfAborted();
    read = mergePools(read, page);
    const shown = client.getQueryData<Pool[]>(queryKey);
    if (shown === undefined && query) completeLists.delete(query);
    client.setQueryData<Pool[]>(queryKey, mergePools(shown ?? [], page));
  }
  if (query) completeLists.add(query);
  return read;
}
