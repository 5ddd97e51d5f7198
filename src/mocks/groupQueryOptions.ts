import { graphErrorReply, type GraphReply } from "./graphReply";
import type { GraphGroup } from "./graphStoreData";
import { parseSearch, parseStartsWithFilter, type SearchClause } from "./groupSearch";
import { readSelect, readSkiptoken } from "./odataQuery";

const DEFAULT_PAGE_SIZE = 100;
const MAX_PAGE_SIZE = 999;
const GROUP_FIELDS: (keyof GraphGroup)[] = [
  "id",
  "displayName",
  "description",
  "groupTypes",
  "securityEnabled",
  "mailEnabled",
  "membershipRule",
  "membershipRuleProcessingState",
  "mailNickname",
  "createdDateTime",
];

export const SEARCH_NEEDS_HEADER_MESSAGE =
  "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'";

export interface GroupListQuery {
  top: number;
  skip: number;
  /** undefined: all fields; otherwise Graph's names, id first. */
  select: (keyof GraphGroup)[] | undefined;
  search: SearchClause | undefined;
  startsWith: string | undefined;
}

export type QueryResult<T> = { ok: true; value: T } | { ok: false; reply: GraphReply };

const fail = (status: number, code: string, message: string) => ({
  ok: false as const,
  reply: graphErrorReply(status, code, message),
});

/** `$select` with names matched case-insensitively, as the directory does. */
export function readGroupSelect(url: URL): QueryResult<GroupListQuery["select"]> {
  const names = readSelect(url);
  if (!names) return { ok: true, value: undefined };
  const fields = names.map((name) =>
    GROUP_FIELDS.find((f) => f.toLowerCase() === name.toLowerCase()),
  );
  const unknown = names.find((_name, index) => fields[index] === undefined);
  if (unknown !== undefined) {
    return fail(
      400,
      "Request_BadRequest",
      `Parsing OData Select and Expand failed: Could not find a property named '${unknown}' on type 'microsoft.graph.group'.`,
    );
  }
  return {
    ok: true,
    value: [...new Set(["id" as const, ...fields.filter((f) => f !== undefined)])],
  };
}

export function readGroupListQuery(request: Request, url: URL): QueryResult<GroupListQuery> {
  const params = url.searchParams;
  const select = readGroupSelect(url);
  if (!select.ok) return select;
  const topText = params.get("$top");
  const top = topText === null ? DEFAULT_PAGE_SIZE : Number(topText);
  if (!/^\d+$/.test(topText ?? "1") || top < 1 || top > MAX_PAGE_SIZE) {
    const message = `Invalid page size specified: '${topText}'. Must be between 1 and ${MAX_PAGE_SIZE} inclusive.`;
    return fail(400, "Request_BadRequest", message);
  }
  const skip = readSkiptoken(url);
  if (skip === undefined) {
    const message =
      "The specified page token value has expired and can no longer be included in your request.";
    return fail(400, "Directory_ExpiredPageToken", message);
  }
  const search = readSearch(request, params.get("$search"));
  if (!search.ok) return search;
  const filter = params.get("$filter");
  const startsWith = filter === null ? undefined : parseStartsWithFilter(filter);
  if (filter !== null && startsWith === undefined) {
    return fail(400, "Request_UnsupportedQuery", "Unsupported query.");
  }
  return { ok: true, value: { top, skip, select: select.value, search: search.value, startsWith } };
}

function readSearch(request: Request, value: string | null): QueryResult<SearchClause | undefined> {
  if (value === null) return { ok: true, value: undefined };
  const consistency = request.headers.get("ConsistencyLevel")?.trim().toLowerCase();
  if (consistency !== "eventual") {
    return fail(400, "Request_UnsupportedQuery", SEARCH_NEEDS_HEADER_MESSAGE);
  }
  const parsed = parseSearch(value);
  if (!parsed.ok) return fail(400, "Request_BadRequest", parsed.message);
  return { ok: true, value: parsed.clause.term === "" ? undefined : parsed.clause };
}
