import type { Assignment } from "../assignments/types";

export interface Pool {
  id: string;
  displayName: string;
  /** null when Graph left it out. */
  activationCodeCount: number | null;
  createdDateTime: Date | null;
  modifiedDateTime: Date | null;
}

/** What one read of a pool brings: the pool with its assignments (see poolQueries.detail). */
export interface PoolWithAssignments {
  pool: Pool;
  assignments: Assignment[];
}
