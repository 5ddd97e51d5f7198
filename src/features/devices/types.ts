/** Graph's embeddedSIMDeviceState.state values this app knows; others are shown as sent. */
export const KNOWN_DEVICE_STATES = [
  "notEvaluated",
  "installing",
  "installed",
  "failed",
  "error",
  "deleting",
  "deleted",
  "removedByUser",
] as const;

export type KnownDeviceState = (typeof KNOWN_DEVICE_STATES)[number];

/**
 * One device's install state, as the table, filters and export need it: strings and a number
 * only (no Date), so 50,000 of them stay small.
 */
export interface DeviceStateRow {
  id: string;
  /** "" when Graph sent none. */
  deviceName: string;
  userName: string;
  /** Graph's value; an unknown one is kept as sent. */
  state: string;
  stateDetails: string;
  /** lastSyncDateTime in epoch milliseconds; null when the device never checked in. */
  lastSyncMs: number | null;
  /** The hardware's UICCID (universalIntegratedCircuitCardIdentifier), not the profile's. */
  uiccid: string;
  /** deviceName and userName, lower-cased without diacritics: what a search matches. */
  searchKey: string;
}
