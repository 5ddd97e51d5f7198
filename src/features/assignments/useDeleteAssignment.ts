import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useGraph } from "../../graph/GraphContext";
import { isGraphError } from "../../graph/GraphError";
import { assignmentQueries, updateAssignments } from "./assignmentQueries";
import { deleteAssignment } from "./deleteAssignment";
import type { Assignment } from "./types";

/** `alreadyGone`: Graph had no such assignment any more (another admin or tab removed it). */
export type RemoveOutcome = "removed" | "alreadyGone";

export interface RemoveResult {
  outcome: RemoveOutcome;
}

/**
 * Removes one assignment from the pool and from the cached list. When the answer to the DELETE
 * is lost, the list is read again instead of deleting twice: an assignment no longer listed
 * was removed; one still listed was not, and the DELETE's own error is thrown.
 */
export function useDeleteAssignment(poolId: string) {
  const graph = useGraph();
  const queryClient = useQueryClient();
  const listOptions = assignmentQueries.list(graph, poolId);
  const { queryKey } = listOptions;

  return useMutation({
    mutationKey: [...queryKey, "delete"],
    mutationFn: async (assignment: Assignment): Promise<RemoveResult> => {
      try {
        await deleteAssignment(graph, poolId, assignment.id);
        return { outcome: "removed" };
      } catch (error) {
        if (!isGraphError(error)) throw error;
        if (error.status === 404) return { outcome: "alreadyGone" };
        if (!error.isAmbiguous) throw error;
        // If this re-read fails too, the outcome stays unknown: report the DELETE's own error.
        const after = await queryClient
          .fetchQuery({ ...listOptions, staleTime: 0 })
          .catch(() => undefined);
        if (after && !after.assignments.some(({ id }) => id === assignment.id)) {
          return { outcome: "removed" };
        }
        throw error;
      }
    },
    onSuccess: async ({ outcome }, assignment) => {
      // A list read still in flight may have started before the DELETE and would bring the row
      // back. Only a refetch is cancelled: cancelling a first load would leave the list empty.
      if (queryClient.getQueryData(queryKey)) {
        await queryClient.cancelQueries({ queryKey, exact: true });
      }
      queryClient.setQueryData(
        queryKey,
        updateAssignments((current) => current.filter(({ id }) => id !== assignment.id)),
      );
      // Someone else changed the pool meanwhile: what else did they change?
      if (outcome === "alreadyGone") await queryClient.invalidateQueries({ queryKey, exact: true });
    },
  });
}
