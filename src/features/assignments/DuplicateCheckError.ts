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
