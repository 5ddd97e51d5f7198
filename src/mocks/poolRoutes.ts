import type { HttpHandler } from "msw";
import type { GraphStore } from "./graphStore";
import type { GraphPool } from "./graphStoreData";
import { graphRoute, readJsonObject, type GraphRouteDeps } from "./graphRoute";
import { intuneBadRequest, notFound, POOLS_PATH } from "./graphReply";
import { buildNextLink } from "./odataQuery";
import { breaksIntuneCodeRules, readPoolCreateBody, smdpHostsInUse } from "./poolCreateRequest";
import { readPoolQueryOptions, type PoolQueryOptions } from "./poolQueryOptions";

export const DEFAULT_POOL_PAGE_SIZE = 25;

/** `pageSize` is read on every request, so the emulator's control API can change it. */
export function createPoolRoutes(
  deps: GraphRouteDeps,
  store: GraphStore,
  pageSize: () => number,
): HttpHandler[] {
  const collectionUrl = `${deps.baseUrl}${POOLS_PATH}`;
  const context = `${deps.baseUrl}/$metadata#deviceManagement/embeddedSIMActivationCodePools`;

  const shape = (pool: GraphPool, options: PoolQueryOptions) => {
    const fields = options.select
      ? Object.fromEntries(options.select.map((field) => [field, pool[field as keyof GraphPool]]))
      : pool;
    if (!options.expandAssignments) return fields;
    return { ...fields, assignments: store.listAssignments(pool.id) ?? [] };
  };

  return [
    graphRoute(deps, "get", POOLS_PATH, "read", ({ url }) => {
      const query = readPoolQueryOptions(url, pageSize());
      if (!query.ok) return query.reply;
      const { top, skip } = query.options;
      const pools = store.listPools();
      const page = pools.slice(skip, skip + top).map((pool) => shape(pool, query.options));
      const hasMore = skip + top < pools.length;
      const nextLink = hasMore
        ? { "@odata.nextLink": buildNextLink(collectionUrl, url, skip + top) }
        : {};
      return { status: 200, body: { "@odata.context": context, value: page, ...nextLink } };
    }),

    graphRoute(deps, "post", POOLS_PATH, "write", async ({ request, url }) => {
      const body = await readJsonObject(request);
      if (!body) return intuneBadRequest(url, "The request body is not a JSON object.");
      const input = readPoolCreateBody(url, body);
      if (!input.ok) return input.reply;
      if (breaksIntuneCodeRules(input.codes, smdpHostsInUse(store))) {
        return intuneBadRequest(url, "The request is invalid.");
      }
      const pool = store.createPool(input.displayName, input.codes);
      return { status: 201, body: { "@odata.context": `${context}/$entity`, ...pool } };
    }),

    graphRoute(deps, "get", `${POOLS_PATH}/:poolId`, "read", ({ url, params }) => {
      const query = readPoolQueryOptions(url, pageSize());
      if (!query.ok) return query.reply;
      const pool = store.getPool(params.poolId ?? "");
      if (!pool) return notFound(url, "embeddedSIMActivationCodePool");
      const body = { "@odata.context": `${context}/$entity`, ...shape(pool, query.options) };
      return { status: 200, body };
    }),

    graphRoute(deps, "delete", `${POOLS_PATH}/:poolId`, "write", ({ url, params }) => {
      if (!store.deletePool(params.poolId ?? "")) {
        return notFound(url, "embeddedSIMActivationCodePool");
      }
      return { status: 204 };
    }),
  ];
}
