import { foldForSearch } from "./foldForSearch";
import { stateLabel } from "./deviceStateNames";
import type { DeviceStateRow } from "./types";

export const DEVICE_SORT_COLUMNS = [
  "deviceName",
  "userName",
  "state",
  "stateDetails",
  "lastCheckIn",
  "uiccid",
] as const;
export type DeviceSortColumn = (typeof DEVICE_SORT_COLUMNS)[number];
export type SortDirection = "ascending" | "descending";

export interface DeviceSort {
  column: DeviceSortColumn;
  direction: SortDirection;
}

export interface DeviceFilters {
  /** Empty: every state. */
  states: readonly string[];
  query: string;
}

type Pages = readonly (readonly DeviceStateRow[])[];

/**
 * Every row, in Graph's order or sorted. Sorting happens once per change of data or sort, not
 * per keystroke: filtering a sorted list keeps it sorted.
 */
export function sortDevices(pages: Pages, sort: DeviceSort | undefined): readonly DeviceStateRow[] {
  const rows = pages.flat();
  if (!sort) return rows;
  // Keys computed once per row; comparing plain strings and numbers keeps 50,000 rows quick.
  const keyOf = sortKey(sort.column);
  const keyed = rows.map((row) => ({ row, key: keyOf(row) }));
  const sign = sort.direction === "ascending" ? 1 : -1;
  keyed.sort((a, b) => sign * compareKeys(a.key, b.key));
  return keyed.map(({ row }) => row);
}

export interface FilteredDevices {
  rows: readonly DeviceStateRow[];
  /**
   * Per state, the rows the search matches: what each state chip would show. Undefined without a
   * search: every row matches, and countStates counts them once per page, not per filter.
   */
  countsBySearch: Map<string, number> | undefined;
}

/** One pass: the search narrows the counts, the chosen states narrow the rows. */
export function filterDevices(
  rows: readonly DeviceStateRow[],
  { states, query }: DeviceFilters,
): FilteredDevices {
  const needle = foldForSearch(query.trim());
  const chosen = new Set(states);
  if (!needle) {
    const shown = chosen.size === 0 ? rows : rows.filter((row) => chosen.has(row.state));
    return { rows: shown, countsBySearch: undefined };
  }
  const countsBySearch = new Map<string, number>();
  const shown: DeviceStateRow[] = [];
  for (const row of rows) {
    if (!row.searchKey.includes(needle)) continue;
    countsBySearch.set(row.state, (countsBySearch.get(row.state) ?? 0) + 1);
    if (chosen.size === 0 || chosen.has(row.state)) shown.push(row);
  }
  return { rows: shown, countsBySearch };
}

type SortKey = string | number;

function sortKey(column: DeviceSortColumn): (row: DeviceStateRow) => SortKey {
  switch (column) {
    case "deviceName":
      // searchKey starts with the folded device name.
      return (row) => row.searchKey;
    case "userName":
      return (row) => foldForSearch(row.userName);
    case "state":
      return (row) => foldForSearch(stateLabel(row.state));
    case "stateDetails":
      return (row) => foldForSearch(row.stateDetails);
    case "lastCheckIn":
      // Never checked in sorts as the oldest.
      return (row) => row.lastSyncMs ?? Number.NEGATIVE_INFINITY;
    case "uiccid":
      return (row) => row.uiccid;
  }
}

function compareKeys(a: SortKey, b: SortKey): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
