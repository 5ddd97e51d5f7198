import type { GraphGroup } from "./graphStoreData";
import { createGuidSequence } from "./guid";

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

/** A mailNickname made from a display name (seed data may leave it out): ASCII letters and digits. */
export function toMailNickname(displayName: string): string {
  const ascii = displayName.normalize("NFD").replace(/[^A-Za-z0-9]/g, "");
  return ascii.length > 0 ? ascii.slice(0, 64) : "group";
}
