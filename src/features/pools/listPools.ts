import type { GraphClient, RequestOptions } from "../../graph/clientTypes";
import { fromGraphPool, graphPoolSchema, poolsPath } from "./graphPool";
import type { Pool } from "./types";

/** Every pool, once all pages are in: for a check that must see the whole list at once. */
export async function listPools(graph: GraphClient, options?: RequestOptions): Promise<Pool[]> {
  const items = await graph.getAll(poolsPath, graphPoolSchema, options);
  return items.map(fromGraphPool);
}

/** The pools page by page (Graph sends up to 100 a page), so a screen can show the first early. */
export async function* listPoolPages(
  graph: GraphClient,
  options?: RequestOptions,
): AsyncGenerator<Pool[], void, undefined> {
  for await (const page of graph.pages(poolsPath, graphPoolSchema, options)) {
    yield page.items.map(fromGraphPool);
  }
}
