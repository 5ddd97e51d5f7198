import { queryOptions, type QueryClient } from "@tanstack/react-query";
import type { GroupDirectory } from "./GroupsProvider";
import type { Group } from "./types";

const MINUTE = 60_000;

export const groupQueries = {
  all: () => ["groups"] as const,
  search: (directory: GroupDirectory, term: string) =>
    queryOptions({
      queryKey: [...groupQueries.all(), "search", term] as const,
      // The signal aborts a search the admin has typed past (its query lost its observer).
      queryFn: ({ signal }) => directory.search(term, signal),
      staleTime: MINUTE,
    }),
  /** A pasted object id, read with GET /groups/{id}; null when the tenant has no such group. */
  get: (directory: GroupDirectory, groupId: string) =>
    queryOptions({
      queryKey: [...groupQueries.all(), "get", groupId] as const,
      queryFn: ({ signal }) => directory.get(groupId, signal),
      staleTime: MINUTE,
    }),
  /** One group's name for an assignment row; null when it is no longer a group. */
  name: (directory: GroupDirectory, groupId: string) =>
    queryOptions({
      queryKey: [...groupQueries.all(), "name", groupId] as const,
      queryFn: () => directory.name(groupId),
      // Names rarely change; moving between pools must not ask again for known ids.
      staleTime: 10 * MINUTE,
    }),
};

/** Groups the app has already read (search results, picks) need no getByIds for their names. */
export function rememberGroups(
  queryClient: QueryClient,
  directory: GroupDirectory,
  groups: readonly Group[],
): void {
  for (const group of groups) {
    queryClient.setQueryData(groupQueries.name(directory, group.id).queryKey, group);
  }
}
