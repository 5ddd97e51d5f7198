import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useGraph } from "../../graph/GraphContext";
import { AssignmentConflictError, DuplicateCheckError } from "./assignmentErrors";
import { assignmentQueries, updateAssignments } from "./assignmentQueries";
import { createAssignment } from "./createAssignment";
import { findCreatedAssignment } from "./createOutcome";
import { mayHaveBeenStored } from "../../graph/GraphError";
import type { NewAssignmentTarget } from "./types";
import { findConflict } from "./validateAssignment";

/**
 * Adds one target to the pool. Graph accepts duplicates, so the pool's assignments are read
 * fresh first: a conflict throws `AssignmentConflictError`, a failed read `DuplicateCheckError`,
 * and neither posts. When the answer to the POST is lost, the list is read again instead of
 * posting twice: an assignment that appeared with this target is the one created.
 */
export function useCreateAssignment(poolId: string) {
  const graph = useGraph();
  const queryClient = useQueryClient();
  const listOptions = assignmentQueries.list(graph, poolId);
  const { queryKey } = listOptions;
  // The cached list can be 30 s old, and another tab may have changed the pool since.
  const readFresh = async () =>
    (await queryClient.fetchQuery({ ...listOptions, staleTime: 0 })).assignments;

  return useMutation({
    mutationKey: [...queryKey, "create"],
    mutationFn: async (target: NewAssignmentTarget) => {
      const before = await readFresh().catch((error: unknown) => {
        throw new DuplicateCheckError(error);
      });
      const conflict = findConflict(target, before);
      if (conflict) throw new AssignmentConflictError(target, conflict);
      try {
        return await createAssignment(graph, poolId, target);
      } catch (error) {
        if (!mayHaveBeenStored(error)) throw error;
        // If this re-read fails too, the outcome stays unknown: report the create's own error.
        const after = await readFresh().catch(() => []);
        const stored = findCreatedAssignment(target, before, after);
        if (stored) return stored;
        throw error;
      }
    },
    onSuccess: (created) => {
      // Graph answered with the stored assignment (or the re-read found it): no need to read again.
      queryClient.setQueryData(
        queryKey,
        updateAssignments((current) =>
          current.some(({ id }) => id === created.id) ? current : [...current, created],
        ),
      );
    },
  });
}
