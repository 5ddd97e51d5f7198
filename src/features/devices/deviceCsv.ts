import { safeFileName } from "../../csv/saveFile";
import type { CsvColumn } from "../../csv/writeCsv";
import { stateLabel } from "./deviceStateNames";
import type { DeviceStateRow } from "./types";

/** The table's columns, with the exact check-in time (UTC, ISO 8601) instead of "3 days ago". */
export const DEVICE_CSV_COLUMNS: readonly CsvColumn<DeviceStateRow>[] = [
  { header: "Device name", cell: (row) => row.deviceName },
  { header: "User", cell: (row) => row.userName },
  { header: "State", cell: (row) => stateLabel(row.state) },
  { header: "State details", cell: (row) => row.stateDetails },
  {
    header: "Last check-in (UTC)",
    cell: (row) => (row.lastSyncMs === null ? "" : new Date(row.lastSyncMs).toISOString()),
  },
  { header: "Hardware UICCID", cell: (row) => row.uiccid },
];

/** "Contoso – Europe 5G devices 2026-12-02.csv": the pool and the local date of the export. */
export function deviceCsvFileName(poolName: string, now: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `${safeFileName(`${poolName} devices ${date}`)}.csv`;
}
