import { useEffect, useRef, useState } from "react";
import { isGraphError } from "../../graph/GraphError";
import { isAssignmentConflictError, isDuplicateCheckError } from "./assignmentErrors";
import type { Assignment, NewAssignmentTarget } from "./types";
import { useCreateAssignment } from "./useCreateAssignment";

export type TargetResult =
  | { target: NewAssignmentTarget; status: "pending" }
  | { target: NewAssignmentTarget; status: "created"; assignment: Assignment }
  /** The fresh re-read showed the target (or its opposite) already on the pool. */
  | { target: NewAssignmentTarget; status: "refused"; reason: string }
  | { target: NewAssignmentTarget; status: "failed"; error: unknown }
  /** Not sent: the run stopped at an earlier failure that would have hit this one too. */
  | { target: NewAssignmentTarget; status: "notSent" };

export interface CreateRun {
  results: TargetResult[];
  done: boolean;
}

/**
 * A 400 is about that one target (Graph refused this group); anything else (permission,
 * throttling past the retries, an unknown outcome, offline, a deleted pool) would hit the rest
 * too, so the run stops and sends nothing more.
 */
function stopsTheRun(error: unknown): boolean {
  return !(isGraphError(error) && error.status === 400);
}

/** The pool itself is gone (404 on the re-read or the POST). */
export function isPoolNotFound(error: unknown): boolean {
  const graphError = isDuplicateCheckError(error) ? error.cause : error;
  return isGraphError(graphError) && graphError.status === 404;
}

/**
 * Adds targets one request at a time, each through useCreateAssignment's safety (fresh re-read,
 * no blind replay), and keeps a result per target. Leaving the page stops the run: nothing is
 * sent once the admin can no longer see it.
 */
export function useCreateAssignments(poolId: string) {
  const create = useCreateAssignment(poolId);
  const [run, setRun] = useState<CreateRun>();
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const start = async (targets: NewAssignmentTarget[]): Promise<TargetResult[]> => {
    const results: TargetResult[] = targets.map((target) => ({ target, status: "pending" }));
    const show = (done: boolean) => {
      if (mounted.current) setRun({ results: [...results], done });
    };
    show(false);
    for (const [index, target] of targets.entries()) {
      if (!mounted.current) break;
      try {
        const assignment = await create.mutateAsync(target);
        results[index] = { target, status: "created", assignment };
      } catch (error) {
        if (isAssignmentConflictError(error)) {
          results[index] = { target, status: "refused", reason: error.message };
        } else {
          results[index] = { target, status: "failed", error };
          if (stopsTheRun(error)) {
            for (let rest = index + 1; rest < targets.length; rest++) {
              results[rest] = { target: targets[rest] ?? target, status: "notSent" };
            }
            break;
          }
        }
      }
      show(false);
    }
    show(true);
    return results;
  };

  return { run, start, isRunning: run !== undefined && !run.done };
}
