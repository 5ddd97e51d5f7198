import type { NewAssignmentTarget } from "./types";

/**
 * The pool's assignments, read again just before posting, already hold this target or its
 * opposite (another tab or admin added it since the list was cached). Nothing was sent.
 */
export class AssignmentConflictError extends Error {
  readonly target: NewAssignmentTarget;

  /** `explanation` is the sentence the form shows, as from `findConflict`. */
  constructor(target: NewAssignmentTarget, explanation: string) {
    super(explanation);
    this.name = "AssignmentConflictError";
    this.target = target;
  }
}

export function isAssignmentConflictError(error: unknown): error is AssignmentConflictError {
  return error instanceof AssignmentConflictError;
}
