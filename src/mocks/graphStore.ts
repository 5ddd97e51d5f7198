import type { GraphAssignmentTarget } from "./assignmentTarget";
import {
  parseGraphStoreData,
  type GraphAssignment,
  type GraphGroup,
  type GraphPool,
  type GraphPoolWithAssignments,
  type GraphStoreData,
  type GraphStoreSeed,
} from "./graphStoreData";
import { newGuid } from "./guid";
import { createSeedData } from "./seedData";

export interface GraphStore {
  /** Back to the deterministic seed (see `seedIds`). */
  reset(): void;
  /**
   * Replaces everything; throws a ZodError when the data is not valid. Without `groups`, the
   * seed's groups are used.
   */
  seed(data: GraphStoreSeed): void;
  /** A copy of everything, pools in list order, each with its assignments, and the groups. */
  dump(): GraphStoreData;
  /** In seed (creation) order. */
  listGroups(): GraphGroup[];
  /** Ids compare case-insensitively, as in the directory. */
  getGroup(groupId: string): GraphGroup | undefined;
  listPools(): GraphPool[];
  getPool(poolId: string): GraphPool | undefined;
  deletePool(poolId: string): boolean;
  /** undefined when the pool does not exist. */
  listAssignments(poolId: string): GraphAssignment[] | undefined;
  getAssignment(poolId: string, assignmentId: string): GraphAssignment | undefined;
  /** Like Graph: no duplicate check. undefined when the pool does not exist. */
  addAssignment(poolId: string, target: GraphAssignmentTarget): GraphAssignment | undefined;
  deleteAssignment(poolId: string, assignmentId: string): boolean;
}

export interface GraphStoreOptions {
  now?: () => Date;
}

export function createGraphStore({ now = () => new Date() }: GraphStoreOptions = {}): GraphStore {
  const initial = createSeedData();
  let pools = indexById(initial.pools);
  let groups = indexById(initial.groups);

  const withoutAssignments = ({ assignments: _assignments, ...pool }: GraphPoolWithAssignments) =>
    structuredClone(pool);

  return {
    reset() {
      const seeded = createSeedData();
      pools = indexById(seeded.pools);
      groups = indexById(seeded.groups);
    },
    seed(data) {
      const parsed = parseGraphStoreData(data);
      pools = indexById(parsed.pools);
      groups = indexById(parsed.groups);
    },
    dump() {
      return {
        pools: structuredClone([...pools.values()]),
        groups: structuredClone([...groups.values()]),
      };
    },
    listGroups() {
      return structuredClone([...groups.values()]);
    },
    getGroup(groupId) {
      const group = groups.get(groupId.toLowerCase());
      return group && structuredClone(group);
    },
    listPools() {
      return [...pools.values()].map(withoutAssignments);
    },
    getPool(poolId) {
      const pool = pools.get(poolId);
      return pool && withoutAssignments(pool);
    },
    deletePool(poolId) {
      return pools.delete(poolId);
    },
    listAssignments(poolId) {
      const pool = pools.get(poolId);
      return pool && structuredClone(pool.assignments);
    },
    getAssignment(poolId, assignmentId) {
      const assignment = pools.get(poolId)?.assignments.find(({ id }) => id === assignmentId);
      return assignment && structuredClone(assignment);
    },
    addAssignment(poolId, target) {
      const pool = pools.get(poolId);
      if (!pool) return undefined;
      const assignment: GraphAssignment = { id: newGuid(), target: structuredClone(target) };
      pool.assignments.push(assignment);
      pool.modifiedDateTime = now().toISOString();
      return structuredClone(assignment);
    },
    deleteAssignment(poolId, assignmentId) {
      const pool = pools.get(poolId);
      const index = pool?.assignments.findIndex(({ id }) => id === assignmentId) ?? -1;
      if (!pool || index < 0) return false;
      pool.assignments.splice(index, 1);
      pool.modifiedDateTime = now().toISOString();
      return true;
    },
  };
}

function indexById<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}
