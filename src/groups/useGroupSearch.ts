import { useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { mayRequest } from "./groupAccess";
import { groupQueries } from "./groupQueries";
import { useGroupAccess, useGroupDirectory } from "./GroupsProvider";
import type { Group } from "./types";

/** Typing pauses this long before a search is sent. */
export const SEARCH_DEBOUNCE_MS = 300;
export const MIN_SEARCH_LENGTH = 2;

const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;

export type SearchInput =
  | { kind: "empty" }
  | { kind: "tooShort" }
  | { kind: "id"; groupId: string }
  | { kind: "term"; term: string };

/** A pasted object id (braces allowed) is looked up; anything else of two or more characters is searched. */
export function readSearchInput(text: string): SearchInput {
  const value = text.trim();
  if (value === "") return { kind: "empty" };
  const guid = GUID.exec(value)?.[1];
  if (guid) return { kind: "id", groupId: guid.toLowerCase() };
  if (value.length < MIN_SEARCH_LENGTH) return { kind: "tooShort" };
  return { kind: "term", term: value };
}

export type GroupSearch =
  | { state: "idle" }
  | { state: "tooShort" }
  | { state: "searching" }
  | { state: "found"; groups: Group[]; more: boolean }
  /** A pasted id that is not a group of this tenant. */
  | { state: "noSuchId"; groupId: string }
  | { state: "failed"; error: unknown; retry: () => void };

export function useGroupSearch(text: string): GroupSearch {
  const directory = useGroupDirectory();
  const { access } = useGroupAccess();
  const typed = readSearchInput(text);
  const settled = readSearchInput(useDebouncedValue(text, SEARCH_DEBOUNCE_MS));
  const allowed = mayRequest(access);
  const search = useQuery({
    ...groupQueries.search(directory, settled.kind === "term" ? settled.term : ""),
    enabled: allowed && settled.kind === "term",
  });
  const lookup = useQuery({
    ...groupQueries.get(directory, settled.kind === "id" ? settled.groupId : ""),
    enabled: allowed && settled.kind === "id",
  });

  if (typed.kind === "empty") return { state: "idle" };
  if (typed.kind === "tooShort") return { state: "tooShort" };
  if (!sameInput(typed, settled)) return { state: "searching" };
  const query = settled.kind === "id" ? lookup : search;
  if (query.isError)
    return { state: "failed", error: query.error, retry: () => void query.refetch() };
  if (!query.isSuccess) return { state: "searching" };
  if (settled.kind === "id") {
    const group = lookup.data;
    return group
      ? { state: "found", groups: [group], more: false }
      : { state: "noSuchId", groupId: settled.groupId };
  }
  return { state: "found", groups: search.data?.groups ?? [], more: search.data?.more ?? false };
}

function sameInput(a: SearchInput, b: SearchInput): boolean {
  if (a.kind === "id" && b.kind === "id") return a.groupId === b.groupId;
  if (a.kind === "term" && b.kind === "term") return a.term === b.term;
  return false;
}

function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
