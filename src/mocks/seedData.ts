import { targetTypes, type GraphAssignmentTarget } from "./assignmentTarget";
import type {
  GraphAssignment,
  GraphGroup,
  GraphPoolWithAssignments,
  GraphStoreData,
} from "./graphStoreData";
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

type GroupSpec = Omit<GraphGroup, "id" | "mailNickname" | "createdDateTime">;

const staticGroup = (displayName: string, description: string | null): GroupSpec => ({
  displayName,
  description,
  groupTypes: [],
  securityEnabled: true,
  mailEnabled: false,
  membershipRule: null,
  membershipRuleProcessingState: null,
});
const dynamicGroup = (
  displayName: string,
  membershipRule: string,
  description: string | null,
  membershipRuleProcessingState: "On" | "Paused" = "On",
): GroupSpec => ({
  ...staticGroup(displayName, description),
  groupTypes: ["DynamicMembership"],
  membershipRule,
  membershipRuleProcessingState,
});
const microsoft365Group = (displayName: string, description: string | null): GroupSpec => ({
  ...staticGroup(displayName, description),
  groupTypes: ["Unified"],
  securityEnabled: false,
  mailEnabled: true,
});

const nextGroupId = createGuidSequence(0x6e0f);
const DAY_MS = 86_400_000;
const FIRST_GROUP_CREATED_MS = Date.parse("2022-05-09T08:30:00.000Z");
let groupCount = 0;
function group(spec: GroupSpec): GraphGroup {
  const createdMs = FIRST_GROUP_CREATED_MS + groupCount++ * 11 * DAY_MS;
  return {
    id: nextGroupId(),
    ...spec,
    mailNickname: toMailNickname(spec.displayName),
    createdDateTime: new Date(createdMs).toISOString(),
  };
}

/**
 * The tenant's groups, in creation order. The first six are the ones pools are assigned to
 * (their ids must not move: append new groups at the end). `spareDevices` is assigned nowhere
 * (free for create tests). The names cover what a group search must cope with: diacritics,
 * quotes, an apostrophe, a backslash and two names sharing a prefix.
 */
export const seedGroups = {
  fieldEngineers: group(staticGroup("Field Engineers – Devices", "Phones of the field team.")),
  retailTablets: group(
    dynamicGroup("Retail Tablets", '(device.deviceOSType -eq "iPad")', "Every store iPad."),
  ),
  executivePhones: group(staticGroup("Executive Phones", "Leadership team handsets.")),
  warehouseScanners: group(
    dynamicGroup(
      "Warehouse Scanners",
      '(device.deviceManufacturer -eq "Zebra Technologies")',
      "Handheld scanners in the distribution centres.",
    ),
  ),
  contractorsExcluded: group(
    staticGroup("Contractors – BYOD (excluded)", "Personal devices of contractors; never target."),
  ),
  spareDevices: group(staticGroup("Spare Devices", null)),
  fieldEngineersTablets: group(
    staticGroup("Field Engineers – Tablets", "Rugged tablets of the field team."),
  ),
  allIPhones: group(
    dynamicGroup("All iPhones", '(device.deviceOSType -eq "iPhone")', "Every enrolled iPhone."),
  ),
  androidFullyManaged: group(
    dynamicGroup(
      "Android Enterprise – Fully Managed",
      '(device.deviceOSType -eq "AndroidEnterprise") and (device.deviceOwnership -eq "Company")',
      "Corporate-owned Android devices.",
    ),
  ),
  autopilotDevices: group(
    dynamicGroup(
      "Windows Autopilot Devices",
      '(device.devicePhysicalIDs -any (_ -startsWith "[ZTDid]"))',
      "Windows devices registered with Autopilot (cellular laptops included).",
    ),
  ),
  montrealDevices: group(
    staticGroup("Équipe Montréal – Appareils", "Appareils de l'équipe de Montréal."),
  ),
  zurichDevices: group(staticGroup("Zürich Außendienst Geräte", "Geräte des Außendienstes.")),
  saoPauloDevices: group(
    dynamicGroup(
      "São Paulo – Dispositivos",
      '(device.deviceCategory -eq "São Paulo")',
      "Dispositivos do escritório de São Paulo.",
    ),
  ),
  pilotRing1: group(staticGroup('"Pilot" Ring 1 – Devices', "First wave of the eSIM rollout.")),
  pilotRing2: group(staticGroup("Pilot Ring 2 – Devices", "Second wave of the eSIM rollout.")),
  obrienLab: group(staticGroup("O'Brien Lab Devices", "Test handsets in Dr. O'Brien's lab.")),
  legacyKiosks: group(staticGroup("CONTOSO\\Legacy Kiosks", "Synced from on-premises AD.")),
  salesTeam: group(microsoft365Group("Sales Team", "Everyone in sales: mail, Teams and files.")),
  salesPhones: group(staticGroup("Sales – Corporate Phones", "Company phones of the sales team.")),
  marketing: group(microsoft365Group("Marketing", "Marketing department collaboration.")),
  itHelpdesk: group(microsoft365Group("IT Helpdesk", "Helpdesk team site and shared mailbox.")),
  boardMembers: group(microsoft365Group("Board Members", null)),
  financeUsers: group(
    dynamicGroup(
      "Finance Department – Users",
      '(user.department -eq "Finance")',
      "Every user whose department is Finance.",
    ),
  ),
  engineeringUsers: group(
    dynamicGroup(
      "Engineering Staff – Users",
      '(user.department -startsWith "Engineering") and (user.accountEnabled -eq true)',
      "Paused while the HR import is fixed.",
      "Paused",
    ),
  ),
  kioskLobby: group(staticGroup("Kiosk Devices – Lobby", "Reception kiosks with cellular backup.")),
  frontlineShared: group(
    staticGroup("Frontline Workers – Shared Devices", "Shift devices handed out at check-in."),
  ),
  logisticsHandhelds: group(
    dynamicGroup(
      "Logistics Handhelds",
      '(device.deviceModel -startsWith "TC5")',
      "Zebra TC5x series.",
    ),
  ),
  retailEmea: group(
    dynamicGroup(
      "Retail Stores EMEA – Devices",
      '(device.deviceCategory -eq "Retail EMEA")',
      "Store devices in Europe, the Middle East and Africa.",
    ),
  ),
  nordicsSales: group(staticGroup("Nordics Sales Devices", "Sales phones in the Nordics.")),
  loanerDevices: group(staticGroup("Loaner Pool Devices", null)),
  earlyAdopters: group(staticGroup("Test – eSIM Early Adopters", "Volunteers testing eSIM.")),
} as const;

/** An id that assignments still name but no group has (the group was deleted). */
const DELETED_GROUP_ID = createGuidSequence(0xde1e7e)();

const nextPoolId = createGuidSequence(0x9001);
const POOL_WITH_DELETED_GROUP_INDEX = 4;
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

function patternAt(index: number): GraphAssignmentTarget[] {
  const isPatternPool = index % 3 === 0 && index < SEED_POOL_COUNT - 3;
  return (isPatternPool ? TARGET_PATTERNS[(index / 3) % TARGET_PATTERNS.length] : []) ?? [];
}

function withIds(targets: GraphAssignmentTarget[], nextId: () => string): GraphAssignment[] {
  return targets.map((target) => ({ id: nextId(), target: { ...target } }));
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

/** A mailNickname made from a display name (seed data may leave it out): ASCII letters and digits. */
export function toMailNickname(displayName: string): string {
  const ascii = displayName.normalize("NFD").replace(/[^A-Za-z0-9]/g, "");
  return ascii.length > 0 ? ascii.slice(0, 64) : "group";
}
