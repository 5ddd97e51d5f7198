import { foldForSearch } from "./foldForSearch";
import type { DeviceStateRow } from "./types";

let nextId = 0;

/** A row for unit tests: name and state given, the rest plausible. */
export function deviceRow(
  deviceName: string,
  state: string,
  more: Partial<DeviceStateRow> = {},
): DeviceStateRow {
  const row = {
    id: `device-${++nextId}`,
    deviceName,
    userName: "",
    state,
    stateDetails: "",
    lastSyncMs: null,
    uiccid: "",
    ...more,
  };
  return { ...row, searchKey: foldForSearch(`${row.deviceName}\n${row.userName}`) };
}
