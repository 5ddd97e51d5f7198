import { useMemo } from "react";
import { countStates, stateCountList, type StateCount } from "./countStates";
import { readDeviceListParams, readSort } from "./deviceFilterParams";
import { filterDevices, sortDevices } from "./deviceView";
import type { DeviceStateRow } from "./types";

export interface DeviceView {
  rows: readonly DeviceStateRow[];
  /** Per state, what the search matches (every row without a search). */
  counts: StateCount[];
}

/**
 * The rows to show for the URL's sort and states and the given search. Each step is memoised on
 * plain values, so typing re-filters without re-sorting, and a new page re-sorts once.
 */
export function useDeviceView(
  pages: readonly (readonly DeviceStateRow[])[],
  searchParams: URLSearchParams,
  query: string,
): DeviceView {
  const sortColumn = searchParams.get("sort");
  const sortOrder = searchParams.get("order");
  const stateKey = readDeviceListParams(searchParams).states.join("\n");
  const sorted = useMemo(
    () => sortDevices(pages, readSort(sortColumn, sortOrder)),
    [pages, sortColumn, sortOrder],
  );
  const filtered = useMemo(
    () => filterDevices(sorted, { states: stateKey ? stateKey.split("\n") : [], query }),
    [sorted, stateKey, query],
  );
  const allCounts = useMemo(() => countStates(pages), [pages]);
  const counts = useMemo(
    () => stateCountList(filtered.countsBySearch ?? allCounts),
    [filtered.countsBySearch, allCounts],
  );
  return { rows: filtered.rows, counts };
}
