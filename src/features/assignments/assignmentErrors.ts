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

/**
 * The pool's assignments could not be read again just before posting, so duplicates could not
 * be ruled out and nothing was sent. `cause` is the read's error (usually a GraphError).
 */
export class DuplicateCheckError extends Error {
  constructor(cause: unknown) {
    super("The pool's assignments could not be read to check for duplicates; nothing was sent.", {
      cause,
    });
    this.name = "DuplicateCheckError";
  }
}

export function isDuplicateCheckError(error: unknown): error is DuplicateCheckError {
  return error instanceof DuplicateCheckError;
}
