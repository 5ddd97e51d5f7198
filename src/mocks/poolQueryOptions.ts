import { graphErrorReply, type GraphReply } from "./graphReply";

const MAX_PAGE_SIZE = 100;
const POOL_FIELDS = [
  "id",
  "displayName",
  "createdDateTime",
  "modifiedDateTime",
  "activationCodeCount",
];

export interface PoolQueryOptions {
  /** Page size: $top, capped at 100, else the default. */
  top: number;
  skip: number;
  /** undefined: all fields. */
  select: string[] | undefined;
  expandAssignments: boolean;
}

export type PoolQueryOptionsResult =
  { ok: true; options: PoolQueryOptions } | { ok: false; reply: GraphReply };

const badRequest = (message: string) => ({
  ok: false as const,
  reply: graphErrorReply(400, "BadRequest", message),
});

export function readPoolQueryOptions(url: URL, defaultPageSize: number): PoolQueryOptionsResult {
  const params = url.searchParams;
  const topText = params.get("$top");
  const top = topText === null ? defaultPageSize : Number(topText);
  if (!Number.isInteger(top) || top < 1) {
    return badRequest(`Invalid value '${topText}' for $top query option found.`);
  }
  const skiptoken = params.get("$skiptoken");
  const skip = skiptoken === null ? 0 : decodeSkiptoken(skiptoken);
  if (skip === undefined) return badRequest("The $skiptoken is not valid.");

  const selectText = params.get("$select");
  const select = selectText?.split(",").map((field) => field.trim());
  const unknownField = select?.find((field) => !POOL_FIELDS.includes(field));
  if (unknownField !== undefined) {
    return badRequest(
      `Could not find a property named '${unknownField}' on type 'microsoft.graph.embeddedSIMActivationCodePool'.`,
    );
  }
  const expand = params.get("$expand");
  if (expand !== null && expand !== "assignments") {
    return badRequest(`Could not find a navigation property named '${expand}'.`);
  }
  const options = {
    top: Math.min(top, MAX_PAGE_SIZE),
    skip,
    select: select && [...new Set(["id", ...select])],
    expandAssignments: expand !== null,
  };
  return { ok: true, options };
}

/** The same query with the next $skiptoken, on the configured absolute base URL. */
export function buildNextLink(collectionUrl: string, url: URL, nextSkip: number): string {
  const kept = [...url.searchParams].filter(([name]) => name !== "$skiptoken");
  const query = [...kept, ["$skiptoken", encodeSkiptoken(nextSkip)]]
    .map(([name = "", value = ""]) => `${name}=${encodeURIComponent(value)}`)
    .join("&");
  return `${collectionUrl}?${query}`;
}

/** Opaque on purpose: clients must follow nextLink verbatim, not build tokens. */
function encodeSkiptoken(skip: number): string {
  return btoa(`skip:${skip}`).replace(/=+$/, "");
}

function decodeSkiptoken(token: string): number | undefined {
  try {
    const match = /^skip:(\d+)$/.exec(atob(token));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}
