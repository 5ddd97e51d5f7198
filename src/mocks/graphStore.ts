import type { GraphActivationCode } from "./activationCode";
import type { GraphAssignmentTarget } from "./assignmentTarget";
import {
  parseGraphStoreSeed,
  type GraphAssignment,
  type GraphDeviceState,
  type GraphGroup,
  type GraphPool,
  type GraphPoolWithAssignments,
  type GraphStoreData,
  type GraphStoreSeed,
} from "./graphStoreData";
import { newGuid } from "./guid";
import { createSeedData } from "./seedData";
import { seedDeviceStatesOf } from "./seedDeviceStates";

/** How many of a pool's devices are in each state (the control API's answer). */
export interface DeviceStateCounts {
  total: number;
  byState: Record<string, number>;
}

export interface GraphStore {
  /** Back to the deterministic seed (see `seedIds`). */
  reset(): void;
  /**
   * Replaces everything; throws a ZodError when the data is not valid. Without `groups`, the
   * seed's groups are used.
   */
  seed(data: GraphStoreSeed): void;
  /**
   * A copy of everything, pools in list order, each with its assignments, and the groups; not
   * the device states (50,000 rows): see listDeviceStates and countDeviceStates; nor the
   * activation codes, which Graph never returns: see activationCodesOf.
   */
  dump(): GraphStoreData;
  /** In seed (creation) order. */
  listGroups(): GraphGroup[];
  /** Ids compare case-insensitively, as in the directory. */
  getGroup(groupId: string): GraphGroup | undefined;
  listPools(): GraphPool[];
  getPool(poolId: string): GraphPool | undefined;
  /** Appended to the list order. No checks: the route applies Graph's and Intune's rules. */
  createPool(displayName: string, codes: readonly GraphActivationCode[]): GraphPool;
  /** With its assignments, device states and activation codes. */
  deletePool(poolId: string): boolean;
  /**
   * A copy, in the order they were sent; [] for a seed pool whose codes were not given
   * (only their count is known); undefined when the pool does not exist.
   */
  activationCodesOf(poolId: string): GraphActivationCode[] | undefined;
  /** undefined when the pool does not exist. */
  listAssignments(poolId: string): GraphAssignment[] | undefined;
  getAssignment(poolId: string, assignmentId: string): GraphAssignment | undefined;
  /** Like Graph: no duplicate check. undefined when the pool does not exist. */
  addAssignment(poolId: string, target: GraphAssignmentTarget): GraphAssignment | undefined;
  deleteAssignment(poolId: string, assignmentId: string): boolean;
  /** In list order; not a copy (there may be 50,000), so do not change it. undefined: no pool. */
  listDeviceStates(poolId: string): readonly GraphDeviceState[] | undefined;
  /** undefined when the pool does not exist. */
  countDeviceStates(poolId: string): DeviceStateCounts | undefined;
}

export interface GraphStoreOptions {
  now?: () => Date;
}

export function createGraphStore({ now = () => new Date() }: GraphStoreOptions = {}): GraphStore {
  const initial = createSeedData();
  let pools = indexById(initial.pools);
  let groups = indexById(initial.groups);
  // Write-only in Graph, so kept apart from the pools that dump() and the routes hand out.
  let activationCodes = new Map<string, GraphActivationCode[]>();
  // undefined: the deterministic seed's, generated when first read (see seedDeviceStatesOf).
  let seededDeviceStates: Map<string, GraphDeviceState[]> | undefined;
  const listDeviceStates = (poolId: string) => {
    if (!pools.has(poolId)) return undefined;
    return seededDeviceStates ? (seededDeviceStates.get(poolId) ?? []) : seedDeviceStatesOf(poolId);
  };

  const withoutAssignments = ({ assignments: _assignments, ...pool }: GraphPoolWithAssignments) =>
    structuredClone(pool);

  return {
    reset() {
      const seeded = createSeedData();
      pools = indexById(seeded.pools);
      groups = indexById(seeded.groups);
      seededDeviceStates = undefined;
      activationCodes = new Map();
    },
    seed(data) {
      const { data: parsed, deviceStates, activationCodes: codes } = parseGraphStoreSeed(data);
      pools = indexById(parsed.pools);
      groups = indexById(parsed.groups);
      seededDeviceStates = deviceStates;
      activationCodes = codes;
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
    createPool(displayName, codes) {
      const at = now().toISOString();
      const pool: GraphPoolWithAssignments = {
        id: newGuid(),
        displayName,
        createdDateTime: at,
        modifiedDateTime: at,
        activationCodeCount: codes.length,
        assignments: [],
      };
      pools.set(pool.id, pool);
      activationCodes.set(pool.id, structuredClone([...codes]));
      return withoutAssignments(pool);
    },
    deletePool(poolId) {
      seededDeviceStates?.delete(poolId);
      activationCodes.delete(poolId);
      return pools.delete(poolId);
    },
    activationCodesOf(poolId) {
      const codes = activationCodes.get(poolId) ?? (pools.has(poolId) ? [] : undefined);
      return codes && structuredClone(codes);
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
    listDeviceStates,
    countDeviceStates(poolId) {
      const states = listDeviceStates(poolId);
      return states && countByState(states);
    },
  };
}

function countByState(states: readonly GraphDeviceState[]): DeviceStateCounts {
  const byState: Record<string, number> = {};
  for (const { state } of states) byState[state] = (byState[state] ?? 0) + 1;
  return { total: states.length, byState };
}

function indexById<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}
