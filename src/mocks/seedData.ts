import { targetTypes, type GraphAssignmentTarget } from "./assignmentTarget";
import type { GraphAssignment, GraphPoolWithAssignments, GraphStoreData } from "./graphStoreData";
import { createGuidSequence, createRandomSequence } from "./guid";

export const SEED_POOL_COUNT = 60;

const CARRIERS = [
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

const nextGroupId = createGuidSequence(0x6e0f);
/** Device groups the seed assigns; `spareDevices` is assigned nowhere (free for create tests). */
export const seedGroups = {
  fieldEngineers: { id: nextGroupId(), displayName: "Field Engineers – Devices" },
  retailTablets: { id: nextGroupId(), displayName: "Retail Tablets" },
  executivePhones: { id: nextGroupId(), displayName: "Executive Phones" },
  warehouseScanners: { id: nextGroupId(), displayName: "Warehouse Scanners" },
  contractorsExcluded: { id: nextGroupId(), displayName: "Contractors – BYOD (excluded)" },
  spareDevices: { id: nextGroupId(), displayName: "Spare Devices" },
} as const;

const nextPoolId = createGuidSequence(0x9001);
const poolIds = Array.from({ length: SEED_POOL_COUNT }, () => nextPoolId());

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
  /** Targets all devices. */
  poolWithAllDevices: poolIdAt(3),
  /** Last pool of the seed, on the third page at the default page size. */
  lastPool: poolIdAt(SEED_POOL_COUNT - 1),
  includedGroup: seedGroups.fieldEngineers.id,
  excludedGroup: seedGroups.contractorsExcluded.id,
  unassignedGroup: seedGroups.spareDevices.id,
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
/** A third of the pools are targeted, cycling through these shapes. */
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

const HOUR_MS = 3_600_000;
const FIRST_CREATED_MS = Date.parse("2024-03-04T09:15:00.000Z");

/** A fresh copy of the deterministic seed: same ids, names, counts and dates on every call. */
export function createSeedData(): GraphStoreData {
  const random = createRandomSequence(0x5eed);
  const nextAssignmentId = createGuidSequence(0xa551);
  const pools = poolIds.map((id, index): GraphPoolWithAssignments => {
    const createdMs = FIRST_CREATED_MS + index * 31 * HOUR_MS + Math.floor(random() * 60) * 60_000;
    const modifiedMs = createdMs + Math.floor(random() * 90 * 24) * HOUR_MS;
    const pattern = index % 3 === 0 ? TARGET_PATTERNS[(index / 3) % TARGET_PATTERNS.length] : [];
    const assignments = (pattern ?? []).map((target): GraphAssignment => ({
      id: nextAssignmentId(),
      target: { ...target },
    }));
    return {
      id,
      displayName: poolName(index),
      createdDateTime: new Date(createdMs).toISOString(),
      modifiedDateTime: new Date(modifiedMs).toISOString(),
      activationCodeCount: activationCodeCount(index, random()),
      assignments,
    };
  });
  return { pools };
}

function activationCodeCount(index: number, randomValue: number): number {
  if (poolIds[index] === seedIds.emptyPool) return 0;
  if (poolIds[index] === seedIds.fullPool) return 1000;
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
