import { targetTypes, type GraphAssignmentTarget } from "./assignmentTarget";
import type { GraphAssignment, GraphPoolWithAssignments, GraphStoreData } from "./graphStoreData";
import { createGuidSequence, createRandomSequence } from "./guid";
import { seedGroups } from "./seedGroups";

// Tests have always imported the groups from here.
export { seedGroups, toMailNickname } from "./seedGroups";

export const SEED_POOL_COUNT = 60;
/** The big pool's codes: more than its 50,000 device states. */
export const BIG_POOL_ACTIVATION_CODE_COUNT = 52_000;

/** Operators the seed names pools after (the bench names its thousands after them too). */
export const CARRIERS = [
  "Contoso Mobile",
  "Fabrikam Telecom",
  "Northwind Wireless",
  "Tailspin Cellular",
  "Woodgrove Connect",
  "Litware Mobile",
  "Adventure Works Telecom",
  "Proseware Networks",
  "Wingtip Wireless",
  "Alpine Mobile",
];
const REGIONS = ["Europe", "North America", "APAC", "UK & Ireland", "Nordics", "LATAM"];
const PLANS = ["5G", "LTE", "IoT Data", "5G Unlimited", "Data Only"];

/** An id that assignments still name but no group has (the group was deleted). */
const DELETED_GROUP_ID = createGuidSequence(0xde1e7e)();

const nextPoolId = createGuidSequence(0x9001);
const POOL_WITH_DELETED_GROUP_INDEX = 4;
const poolIds = Array.from({ length: SEED_POOL_COUNT }, () => nextPoolId());
/** Every seed pool's id, in list order. */
export const seedPoolIds: readonly string[] = poolIds;

function poolIdAt(index: number): string {
  const id = poolIds[index];
  if (id === undefined) throw new Error(`No seed pool at ${index}`);
  return id;
}

export const seedIds = {
  /** First pool listed: includes Field Engineers, excludes Contractors. */
  poolWithAssignments: poolIdAt(0),
  /** No assignments and no activation codes. */
  emptyPool: poolIdAt(1),
  /** 1000 codes, no assignments. */
  fullPool: poolIdAt(2),
  /** Targets all devices; the big pool (see `bigPool`). */
  poolWithAllDevices: poolIdAt(3),
  /** Same as `poolWithAllDevices`: 52,000 codes, 50,000 device states (BIG_POOL_STATE_COUNTS). */
  bigPool: poolIdAt(3),
  /**
   * Same as `poolWithAssignments`: 12 device states, every known state and an unknown one,
   * with the odd device names (SMALL_POOL_STATE_COUNTS, ODD_DEVICE_NAMES).
   */
  smallPool: poolIdAt(0),
  /** Last pool of the seed, on the third page at the default page size. */
  lastPool: poolIdAt(SEED_POOL_COUNT - 1),
  /** Includes Field Engineers – Tablets (assigned nowhere else) and `deletedGroup`. */
  poolWithDeletedGroup: poolIdAt(POOL_WITH_DELETED_GROUP_INDEX),
  includedGroup: seedGroups.fieldEngineers.id,
  excludedGroup: seedGroups.contractorsExcluded.id,
  unassignedGroup: seedGroups.spareDevices.id,
  /** Assigned to `poolWithDeletedGroup`, but not a group of the seed. */
  deletedGroup: DELETED_GROUP_ID,
  /** "Sales Team": groupTypes Unified, mail-enabled, not security-enabled. */
  microsoft365Group: seedGroups.salesTeam.id,
  /** "All iPhones": a dynamic device group. */
  dynamicDeviceGroup: seedGroups.allIPhones.id,
  /** "Finance Department – Users": a dynamic user group (rule on user.department). */
  dynamicUserGroup: seedGroups.financeUsers.id,
  /** "O'Brien Lab Devices". */
  apostropheGroup: seedGroups.obrienLab.id,
  /** '"Pilot" Ring 1 – Devices'. */
  quotesGroup: seedGroups.pilotRing1.id,
  /** "Équipe Montréal – Appareils". */
  diacriticsGroup: seedGroups.montrealDevices.id,
} as const;

const groupTarget = (groupId: string): GraphAssignmentTarget => ({
  "@odata.type": targetTypes.group,
  groupId,
  deviceAndAppManagementAssignmentFilterId: null,
  deviceAndAppManagementAssignmentFilterType: "none",
});
const exclusionTarget = (groupId: string): GraphAssignmentTarget => ({
  "@odata.type": targetTypes.exclusionGroup,
  groupId,
  deviceAndAppManagementAssignmentFilterId: null,
  deviceAndAppManagementAssignmentFilterType: "none",
});
const allDevicesTarget: GraphAssignmentTarget = {
  "@odata.type": targetTypes.allDevices,
  deviceAndAppManagementAssignmentFilterId: null,
  deviceAndAppManagementAssignmentFilterType: "none",
};

const { fieldEngineers, retailTablets, executivePhones, warehouseScanners, contractorsExcluded } =
  seedGroups;
/**
 * A third of the pools are targeted: every third one cycles through these shapes, except the
 * last of them (index 57), whose place goes to `poolWithDeletedGroup`.
 */
const TARGET_PATTERNS: GraphAssignmentTarget[][] = [
  [groupTarget(fieldEngineers.id), exclusionTarget(contractorsExcluded.id)],
  [allDevicesTarget],
  [groupTarget(retailTablets.id)],
  [
    groupTarget(executivePhones.id),
    groupTarget(warehouseScanners.id),
    exclusionTarget(contractorsExcluded.id),
  ],
];
// A group no other pool uses, so "the first pool holding group X" stays a pattern pool.
const DELETED_GROUP_TARGETS = [
  groupTarget(seedGroups.fieldEngineersTablets.id),
  groupTarget(DELETED_GROUP_ID),
];

const HOUR_MS = 3_600_000;
const FIRST_CREATED_MS = Date.parse("2024-03-04T09:15:00.000Z");

/** A fresh copy of the deterministic seed: same ids, names, counts and dates on every call. */
export function createSeedData(): GraphStoreData {
  const random = createRandomSequence(0x5eed);
  const nextAssignmentId = createGuidSequence(0xa551);
  // Its own sequence, so the pattern pools' assignment ids stay as they were.
  const nextDeletedGroupAssignmentId = createGuidSequence(0xa552);
  const pools = poolIds.map((id, index): GraphPoolWithAssignments => {
    const createdMs = FIRST_CREATED_MS + index * 31 * HOUR_MS + Math.floor(random() * 60) * 60_000;
    const modifiedMs = createdMs + Math.floor(random() * 90 * 24) * HOUR_MS;
    const assignments =
      index === POOL_WITH_DELETED_GROUP_INDEX
        ? withIds(DELETED_GROUP_TARGETS, nextDeletedGroupAssignmentId)
        : withIds(patternAt(index), nextAssignmentId);
    return {
      id,
      displayName: poolName(index),
      createdDateTime: new Date(createdMs).toISOString(),
      modifiedDateTime: new Date(modifiedMs).toISOString(),
      activationCodeCount: activationCodeCount(index, random()),
      assignments,
    };
  });
  return { pools, groups: structuredClone(Object.values(seedGroups)) };
}

/** Every third pool but the last of them (see TARGET_PATTERNS). */
export function isPatternPool(index: number): boolean {
  return index % 3 === 0 && index < SEED_POOL_COUNT - 3;
}

function patternAt(index: number): GraphAssignmentTarget[] {
  return (isPatternPool(index) ? TARGET_PATTERNS[(index / 3) % TARGET_PATTERNS.length] : []) ?? [];
}

function withIds(targets: GraphAssignmentTarget[], nextId: () => string): GraphAssignment[] {
  return targets.map((target) => ({ id: nextId(), target: { ...target } }));
}

function activationCodeCount(index: number, randomValue: number): number {
  if (poolIds[index] === seedIds.emptyPool) return 0;
  if (poolIds[index] === seedIds.fullPool) return 1000;
  if (poolIds[index] === seedIds.bigPool) return BIG_POOL_ACTIVATION_CODE_COUNT;
  return Math.floor(randomValue * 1001);
}

/** Each carrier/region pair once (3 and 5 are coprime with 10 and 6), in a non-sorted order. */
function poolName(index: number): string {
  const round = Math.floor(index / CARRIERS.length);
  const slot = index % CARRIERS.length;
  const carrier = CARRIERS[(slot * 3) % CARRIERS.length];
  const region = REGIONS[(round * 5 + slot) % REGIONS.length];
  const plan = PLANS[index % PLANS.length];
  return `${carrier} – ${region} ${plan}`;
}
