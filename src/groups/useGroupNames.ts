import { useQueries } from "@tanstack/react-query";
import { mayRequest } from "./groupAccess";
import { groupQueries } from "./groupQueries";
import { useGroupAccess, useGroupDirectory } from "./GroupsProvider";
import type { Group } from "./types";

export type GroupName =
  | { status: "loading" }
  | { status: "found"; group: Group }
  /** getByIds did not return it: not a group of this tenant (any more). */
  | { status: "unknown" }
  /** Not readable now: no permission yet, or the read failed (see `error`). */
  | { status: "unavailable" };

export interface GroupNames {
  get(groupId: string): GroupName;
  /** The first failed read that is not about access, for an error bar with its request id. */
  error: unknown;
  retry: () => void;
}

/** Names for the given group ids, each cached on its own; unknown ids share one getByIds. */
export function useGroupNames(groupIds: readonly string[]): GroupNames {
  const directory = useGroupDirectory();
  const { access } = useGroupAccess();
  const enabled = mayRequest(access);
  const ids = [...new Set(groupIds.map((id) => id.toLowerCase()))];
  return useQueries({
    queries: ids.map((id) => ({ ...groupQueries.name(directory, id), enabled })),
    combine: (results) => {
      const byId = new Map(ids.map((id, index) => [id, results[index]]));
      const failed = results.find((result) => result.isError);
      return {
        get(groupId: string): GroupName {
          const result = byId.get(groupId.toLowerCase());
          if (result?.data === null) return { status: "unknown" };
          if (result?.data) return { status: "found", group: result.data };
          return result?.isPending && enabled ? { status: "loading" } : { status: "unavailable" };
        },
        error: enabled ? failed?.error : undefined,
        retry: () => {
          for (const result of results) if (result.isError) void result.refetch();
        },
      };
    },
  });
}
