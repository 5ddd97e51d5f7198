import type { GraphGroup } from "./graphStoreData";

/** One `$search` clause: a property and the term to look for in it. */
export interface SearchClause {
  property: "displayName" | "description";
  term: string;
}

export type SearchParse = { ok: true; clause: SearchClause } | { ok: false; message: string };

const SEARCHABLE: Record<string, SearchClause["property"]> = {
  displayname: "displayName",
  description: "description",
};

const syntaxError = (detail: string): SearchParse => ({
  ok: false,
  message: `Syntax error: ${detail}`,
});

/**
 * `"displayName:<term>"` (or description): one quoted clause, the only form the fake accepts.
 * Inside the quotes `\"` is a literal quote and `\\` a literal backslash.
 */
export function parseSearch(value: string): SearchParse {
  const text = value.trim();
  if (!text.startsWith('"')) {
    return syntaxError(`the $search value must be quoted, as in "displayName:sales".`);
  }
  let inner = "";
  for (let index = 1; index < text.length; index += 1) {
    const char = text[index];
    if (char === "\\") {
      const escaped = text[index + 1];
      if (escaped !== '"' && escaped !== "\\") {
        return syntaxError(`'\\' at position ${index} must be followed by '"' or '\\'.`);
      }
      inner += escaped;
      index += 1;
    } else if (char === '"') {
      if (index === text.length - 1) return parseClause(inner);
      return syntaxError(`unexpected text after the closing quote at position ${index}.`);
    } else {
      inner += char;
    }
  }
  return syntaxError("the quote opened at position 0 is not closed.");
}

function parseClause(inner: string): SearchParse {
  // `""` searches for nothing in particular: no filter.
  if (inner === "") return { ok: true, clause: { property: "displayName", term: "" } };
  const colon = inner.indexOf(":");
  if (colon < 0) return syntaxError(`'${inner}' names no property, as in "displayName:sales".`);
  const name = inner.slice(0, colon).trim();
  const property = SEARCHABLE[name.toLowerCase()];
  if (!property) return syntaxError(`'${name}' is not a property $search supports on groups.`);
  return { ok: true, clause: { property, term: inner.slice(colon + 1) } };
}

/**
 * Like the directory's tokenised search: every word of the term must begin some word of the
 * property, ignoring case and accents. Words split on whitespace and punctuation.
 */
export function matchesSearch(group: GraphGroup, { property, term }: SearchClause): boolean {
  const wanted = searchTokens(term);
  const tokens = searchTokens(group[property] ?? "");
  return wanted.every((word) => tokens.some((token) => token.startsWith(word)));
}

export function searchTokens(text: string): string[] {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const STARTS_WITH = /^\s*startswith\(\s*displayName\s*,\s*'((?:[^']|'')*)'\s*\)\s*$/i;

/** The prefix of `startswith(displayName,'<text>')` (`''` is an apostrophe); else undefined. */
export function parseStartsWithFilter(filter: string): string | undefined {
  return STARTS_WITH.exec(filter)?.[1]?.replaceAll("''", "'");
}

/** `startswith` on displayName ignores case (not accents). */
export function startsWithIgnoringCase(displayName: string, prefix: string): boolean {
  return displayName.toLowerCase().startsWith(prefix.toLowerCase());
}
