import type { Pool } from "../types";

/**
 * The pool a create whose answer was lost has made: one that `after` (read once the create
 * failed) has and `before` (read just before posting) had not, with the sent name and code count.
 */
export function findCreatedPool(
  displayName: string,
  codeCount: number,
  before: readonly Pool[],
  after: readonly Pool[],
): Pool | undefined {
  const known = new Set(before.map(({ id }) => id));
  return after.find(
    (pool) =>
      !known.has(pool.id) &&
      pool.displayName === displayName &&
      (pool.activationCodeCount === null || pool.activationCodeCount === codeCount),
  );
}
