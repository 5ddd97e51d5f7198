/** OData query helpers the collection routes share: $skiptoken paging and $select. */

/** The skip a `$skiptoken` carries: 0 without one, undefined when it is not one of ours. */
export function readSkiptoken(url: URL): number | undefined {
  const token = url.searchParams.get("$skiptoken");
  return token === null ? 0 : decodeSkiptoken(token);
}

/** The same query with the next $skiptoken, on the configured absolute base URL. */
export function buildNextLink(collectionUrl: string, url: URL, nextSkip: number): string {
  const kept = [...url.searchParams].filter(([name]) => name !== "$skiptoken");
  const query = [...kept, ["$skiptoken", encodeSkiptoken(nextSkip)]]
    .map(([name = "", value = ""]) => `${name}=${encodeURIComponent(value)}`)
    .join("&");
  return `${collectionUrl}?${query}`;
}

/** `$select` as trimmed names; undefined when absent. */
export function readSelect(url: URL): string[] | undefined {
  return url.searchParams
    .get("$select")
    ?.split(",")
    .map((field) => field.trim());
}

/** Only the selected fields (undefined: all), in the entity's own order. */
export function pickFields<T extends object>(entity: T, select: string[] | undefined): Partial<T> {
  if (!select) return entity;
  return Object.fromEntries(
    Object.entries(entity).filter(([field]) => select.includes(field)),
  ) as Partial<T>;
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
