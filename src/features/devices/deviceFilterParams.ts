import {
  DEVICE_SORT_COLUMNS,
  type DeviceFilters,
  type DeviceSort,
  type DeviceSortColumn,
} from "./deviceView";

/**
 * The device list's view in the URL: `?status=failed&status=error&q=zoë&sort=lastCheckIn&order=desc`,
 * so a reload, a shared link and Back show the same list.
 */
/**
 * Not `state`: MSAL reads any `state` query parameter as a sign-in response, and a reload of
 * `?state=failed` would end on the home page.
 */
const STATE_PARAM = "status";

export interface DeviceListParams extends DeviceFilters {
  sort: DeviceSort | undefined;
}

export function readDeviceListParams(params: URLSearchParams): DeviceListParams {
  const states = [...new Set(params.getAll(STATE_PARAM).filter((state) => state.trim() !== ""))];
  return {
    states,
    query: params.get("q") ?? "",
    sort: readSort(params.get("sort"), params.get("order")),
  };
}

/** The `sort` and `order` parameters as a sort; undefined for a column this list does not have. */
export function readSort(column: string | null, order: string | null): DeviceSort | undefined {
  if (!isSortColumn(column)) return undefined;
  return { column, direction: order === "desc" ? "descending" : "ascending" };
}

/** The params with the given parts replaced; everything else in the URL stays. */
export function withDeviceListParams(
  params: URLSearchParams,
  change: Partial<DeviceListParams>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  if (change.states !== undefined) {
    next.delete(STATE_PARAM);
    for (const state of change.states) next.append(STATE_PARAM, state);
  }
  if (change.query !== undefined) {
    if (change.query === "") next.delete("q");
    else next.set("q", change.query);
  }
  if ("sort" in change) {
    next.delete("sort");
    next.delete("order");
    if (change.sort) {
      next.set("sort", change.sort.column);
      next.set("order", change.sort.direction === "descending" ? "desc" : "asc");
    }
  }
  return next;
}

function isSortColumn(value: string | null): value is DeviceSortColumn {
  return (DEVICE_SORT_COLUMNS as readonly (string | null)[]).includes(value);
}
