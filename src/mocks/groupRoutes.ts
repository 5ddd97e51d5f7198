import type { HttpHandler } from "msw";
import type { GraphStore } from "./graphStore";
import { graphErrorReply, type GraphReply } from "./graphReply";
import type { GraphGroup } from "./graphStoreData";
import { graphRoute, readJsonObject, type GraphRouteDeps } from "./graphRoute";
import { readGroupListQuery, readGroupSelect } from "./groupQueryOptions";
import { matchesSearch, startsWithIgnoringCase } from "./groupSearch";
import { isGuid } from "./guid";
import { buildNextLink, pickFields } from "./odataQuery";

const GROUPS_PATH = "/groups";
const GET_BY_IDS_PATH = "/directoryObjects/getByIds";
const MAX_IDS = 1000;
const GROUP_TYPE = "#microsoft.graph.group";

// Directory errors are plain Graph errors: no Intune JSON inside the message.
const badRequest = (message: string) => graphErrorReply(400, "Request_BadRequest", message);
const invalidId = (id: string) => badRequest(`Invalid object identifier '${id}'.`);

/** Entra ID groups as a group picker reads them: search, get one, resolve known ids. */
export function createGroupRoutes(deps: GraphRouteDeps, store: GraphStore): HttpHandler[] {
  const collectionUrl = `${deps.baseUrl}${GROUPS_PATH}`;
  const context = (select: string[] | undefined) =>
    `${deps.baseUrl}/$metadata#groups${select ? `(${select.join(",")})` : ""}`;

  return [
    graphRoute(deps, "get", GROUPS_PATH, "readGroups", ({ request, url }) => {
      const query = readGroupListQuery(request, url);
      if (!query.ok) return query.reply;
      const { top, skip, select, search, startsWith } = query.value;
      let groups = store.listGroups();
      if (startsWith !== undefined) {
        groups = groups.filter((group) => startsWithIgnoringCase(group.displayName, startsWith));
      }
      if (search) groups = sortByName(groups.filter((group) => matchesSearch(group, search)));
      const value = groups.slice(skip, skip + top).map((group) => pickFields(group, select));
      const nextLink =
        skip + top < groups.length
          ? { "@odata.nextLink": buildNextLink(collectionUrl, url, skip + top) }
          : {};
      return { status: 200, body: { "@odata.context": context(select), value, ...nextLink } };
    }),

    graphRoute(deps, "get", `${GROUPS_PATH}/:groupId`, "readGroups", ({ url, params }) => {
      const id = decodeSegment(params.groupId ?? "");
      if (!isGuid(id)) return invalidId(id);
      const select = readGroupSelect(url);
      if (!select.ok) return select.reply;
      const group = store.getGroup(id);
      if (!group) {
        const message = `Resource '${id}' does not exist or one of its queried reference-property objects are not present.`;
        return graphErrorReply(404, "Request_ResourceNotFound", message);
      }
      const body = {
        "@odata.context": `${context(select.value)}/$entity`,
        ...pickFields(group, select.value),
      };
      return { status: 200, body };
    }),

    graphRoute(deps, "post", GET_BY_IDS_PATH, "readGroups", async ({ request }) => {
      const input = await readGetByIds(request);
      if (!input.ok) return input.reply;
      const found = input.wantsGroups ? input.ids.flatMap((id) => store.getGroup(id) ?? []) : [];
      const value = found.map((group) => ({ "@odata.type": GROUP_TYPE, ...group }));
      const body = { "@odata.context": `${deps.baseUrl}/$metadata#directoryObjects`, value };
      return { status: 200, body };
    }),
  ];
}

type GetByIdsInput =
  { ok: true; ids: string[]; wantsGroups: boolean } | { ok: false; reply: GraphReply };

/** `{ ids, types? }`: unknown ids are left out of the answer later, bad ones fail the request. */
async function readGetByIds(request: Request): Promise<GetByIdsInput> {
  const body = await readJsonObject(request);
  if (!body) {
    const message =
      "Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.";
    return { ok: false, reply: graphErrorReply(400, "BadRequest", message) };
  }
  const ids: unknown = body.ids;
  if (!Array.isArray(ids) || ids.length === 0) return { ok: false, reply: invalidId("") };
  if (ids.length > MAX_IDS) {
    const message = `Too many object identifiers: ${ids.length} given, at most ${MAX_IDS} allowed.`;
    return { ok: false, reply: badRequest(message) };
  }
  const guids = ids.filter((id): id is string => typeof id === "string" && isGuid(id));
  if (guids.length < ids.length) {
    const bad: unknown = ids.find((id) => !guids.includes(id as string));
    return { ok: false, reply: invalidId(String(bad)) };
  }
  const wantsGroups = asksForGroups(body.types);
  if (wantsGroups === undefined) {
    return { ok: false, reply: badRequest("The types parameter must be an array of strings.") };
  }
  const unique = [...new Set(guids.map((id) => id.toLowerCase()))];
  return { ok: true, ids: unique, wantsGroups };
}

/** No `types`: every type. "group", "microsoft.graph.group" and "#microsoft.graph.group" match. */
function asksForGroups(types: unknown): boolean | undefined {
  if (types === undefined) return true;
  if (!Array.isArray(types) || !types.every((type): type is string => typeof type === "string")) {
    return undefined;
  }
  return types.some((type) => type.replace(/^#?microsoft\.graph\./i, "").toLowerCase() === "group");
}

/** Stable: groups with the same name keep their creation order. */
function sortByName(groups: GraphGroup[]): GraphGroup[] {
  return [...groups].sort((a, b) => a.displayName.localeCompare(b.displayName));
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
