/** The pools could not be read before the upload, so nothing was sent. `cause`: the read's error. */
export class PoolListCheckError extends Error {
  constructor(cause: unknown) {
    super("The pools could not be read before the upload, so nothing was sent.", { cause });
    this.name = "PoolListCheckError";
  }
}

/**
 * The answer to the create was lost, and the pools read again afterwards hold no new pool with
 * this name and code count. `stillUnknown`: that read failed too. `cause`: the create's error.
 */
export class PoolCreateLostError extends Error {
  readonly stillUnknown: boolean;

  constructor(cause: unknown, stillUnknown: boolean) {
    super("The answer to the upload was lost.", { cause });
    this.name = "PoolCreateLostError";
    this.stillUnknown = stillUnknown;
  }
}
