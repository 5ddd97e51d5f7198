import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useGraph } from "../../graph/GraphContext";
import { assignmentQueries } from "./assignmentQueries";
import { createAssignment } from "./createAssignment";
import { mayHaveBeenStored } from "./createOutcome";
import type { NewAssignmentTarget } from "./types";

export function useCreateAssignment(poolId: string) {
  const graph = useGraph();
  const queryClient = useQueryClient();
  const { queryKey } = assignmentQueries.list(graph, poolId);

  return useMutation({
    mutationKey: [...queryKey, "create"],
    mutationFn: (target: NewAssignmentTarget) => createAssignment(graph, poolId, target),
    onSuccess: (created) => {
      // Graph answered with the stored assignment: add it rather than re-reading the list.
      queryClient.setQueryData(queryKey, (current) =>
        current ? [...current.filter((item) => item.id !== created.id), created] : current,
      );
    },
    onError: (error) => {
      // The create may have been stored even though no answer arrived: show what Graph has.
      if (mayHaveBeenStored(error)) {
        void queryClient.invalidateQueries({ queryKey });
      }
    },
  });
}
