import { z } from "../zod";
import type { GraphClient, RequestOptions } from "../graph/clientTypes";
import { isGraphError } from "../graph/GraphError";
import { graphPath } from "../graph/graphPath";
import { fromGraphGroup, graphGroupSchema, groupSelect } from "./graphGroup";
import type { Group } from "./types";

/** How many matches one search shows; typing more narrows it. */
export const SEARCH_LIMIT = 25;
/** getByIds takes at most this many ids per request. */
export const BY_IDS_CHUNK = 1000;

const select = groupSelect.join(",");
const searchPageSchema = z.object({
  value: z.array(graphGroupSchema),
  "@odata.nextLink": z.string().optional(),
});
const byIdsSchema = z.object({ value: z.array(z.looseObject({ "@odata.type": z.string() })) });

export interface GroupSearchResult {
  groups: Group[];
  /** Graph holds more matches than SEARCH_LIMIT. */
  more: boolean;
}

/**
 * Inside `$search="displayName:…"` a quote ends the phrase and a backslash escapes: both are
 * escaped, so a name like `"Pilot" Ring` is searched as typed.
 */
export function escapeSearchTerm(term: string): string {
  return term.replace(/[\\"]/g, (char) => `\\${char}`);
}

export function searchGroupsPath(term: string): string {
  const search = encodeURIComponent(`"displayName:${escapeSearchTerm(term)}"`);
  return `/groups?$search=${search}&$select=${select}&$top=${SEARCH_LIMIT}`;
}

export async function searchGroups(
  graph: GraphClient,
  term: string,
  options: RequestOptions,
): Promise<GroupSearchResult> {
  const headers = { ...options.headers, ConsistencyLevel: "eventual" };
  const page = await graph.get(searchGroupsPath(term), searchPageSchema, { ...options, headers });
  return { groups: page.value.map(fromGraphGroup), more: page["@odata.nextLink"] !== undefined };
}

/** The group with this object id, or null when the tenant has none. */
export async function getGroup(
  graph: GraphClient,
  groupId: string,
  options: RequestOptions,
): Promise<Group | null> {
  try {
    const path = `${graphPath`/groups/${groupId}`}?$select=${select}`;
    return fromGraphGroup(await graph.get(path, graphGroupSchema, options));
  } catch (error) {
    if (isGraphError(error) && error.status === 404) return null;
    throw error;
  }
}

/**
 * Names for known ids: one `getByIds` per 1000 ids. Ids Graph does not return are not groups
 * (any more): they map to null.
 */
export async function getGroupsByIds(
  graph: GraphClient,
  ids: readonly string[],
  options: RequestOptions,
): Promise<Map<string, Group | null>> {
  const found = new Map<string, Group | null>(ids.map((id) => [id.toLowerCase(), null]));
  for (let start = 0; start < ids.length; start += BY_IDS_CHUNK) {
    const chunk = ids.slice(start, start + BY_IDS_CHUNK);
    const body = { ids: chunk, types: ["group"] };
    const page = await graph.post("/directoryObjects/getByIds", body, byIdsSchema, {
      ...options,
      readOnly: true,
    });
    for (const item of page.value) {
      const parsed = graphGroupSchema.safeParse(item);
      if (item["@odata.type"] !== "#microsoft.graph.group" || !parsed.success) continue;
      const group = fromGraphGroup(parsed.data);
      if (found.has(group.id)) found.set(group.id, group);
    }
  }
  return found;
}
