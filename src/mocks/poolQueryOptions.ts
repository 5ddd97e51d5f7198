import { graphErrorReply, type GraphReply } from "./graphReply";
import { readSelect, readSkiptoken } from "./odataQuery";

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
  const skip = readSkiptoken(url);
  if (skip === undefined) return badRequest("The $skiptoken is not valid.");

  const select = readSelect(url);
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
