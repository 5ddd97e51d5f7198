import {
  Button,
  Field,
  SearchBox,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons/svg/arrow-clockwise";
import { ArrowDownloadRegular } from "@fluentui/react-icons/svg/arrow-download";
import { useDeferredValue, useState } from "react";
import { useSearchParams } from "react-router";
import { EmptyState, useSearchParamText } from "../../components";
import { saveFile } from "../../csv/saveFile";
import { writeCsv } from "../../csv/writeCsv";
import { formatNumber } from "../pools/format";
import { DEVICE_CSV_COLUMNS, deviceCsvFileName } from "./deviceCsv";
import { readDeviceListParams, withDeviceListParams } from "./deviceFilterParams";
import { DeviceLoadStatus } from "./DeviceLoadStatus";
import type { DeviceStateLoad } from "./deviceStateLoad";
import { DeviceTable } from "./DeviceTable";
import type { DeviceSort } from "./deviceView";
import { StateFilterChips } from "./StateFilterChips";
import { useDeviceView } from "./useDeviceView";
import { usePacedDeviceStates } from "./usePacedDeviceStates";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  toolbar: {
    display: "flex",
    alignItems: "flex-end",
    justifyContent: "space-between",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalL,
  },
  search: { minWidth: "min(320px, 100%)" },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalL },
});

/**
 * The pool's devices: filter by state and search as you type (both in the URL), sort, export
 * exactly what is shown. Rows show as pages arrive.
 */
export function DeviceList({ load, poolName }: { load: DeviceStateLoad; poolName: string }) {
  const styles = useStyles();
  const states = usePacedDeviceStates(load);
  const [searchParams, setSearchParams] = useSearchParams();
  const params = readDeviceListParams(searchParams);
  const [query, setQuery] = useSearchParamText("q");
  // The box shows each keystroke at once; the list and its count follow together.
  const deferredQuery = useDeferredValue(query);
  const [exporting, setExporting] = useState(false);

  const view = useDeviceView(states.pages, searchParams, deferredQuery);

  const navigate = (change: Parameters<typeof withDeviceListParams>[1]) =>
    setSearchParams((current) => withDeviceListParams(current, change));
  const setSort = (sort: DeviceSort) => navigate({ sort });
  const filtered = params.states.length > 0 || deferredQuery.trim() !== "";
  const clearFilters = () => {
    setQuery("");
    navigate({ states: [], query: "" });
  };

  const exportView = async () => {
    setExporting(true);
    try {
      const file = await writeCsv(DEVICE_CSV_COLUMNS, view.rows);
      saveFile(file, deviceCsvFileName(poolName, new Date()));
    } finally {
      setExporting(false);
    }
  };

  if (states.status === "complete" && states.count === 0) {
    return (
      <EmptyState title="No device has checked in for this pool yet" headingLevel="h3">
        Devices appear here once an assignment targets them and they check in with Intune.
      </EmptyState>
    );
  }

  const countText = filtered
    ? `${formatNumber(view.rows.length)} of ${formatNumber(states.count)} devices`
    : `${formatNumber(states.count)} ${states.count === 1 ? "device" : "devices"}`;

  return (
    <div className={styles.root}>
      <DeviceLoadStatus load={load} states={states} />
      <StateFilterChips
        counts={view.counts}
        chosen={params.states}
        onChange={(chosen) => navigate({ states: chosen })}
      />
      <div className={styles.toolbar}>
        <Field label="Search by device or user" className={styles.search}>
          <SearchBox value={query} onChange={(_, data) => setQuery(data.value)} />
        </Field>
        <div className={styles.actions}>
          {/* Announced once the list is whole, not on every page that arrives. */}
          <Text role={states.status === "loading" ? undefined : "status"}>{countText}</Text>
          <Button
            icon={<ArrowClockwiseRegular />}
            disabledFocusable={states.status === "loading"}
            onClick={() => load.reload()}
          >
            Refresh
          </Button>
          <Button
            icon={exporting ? <Spinner size="tiny" /> : <ArrowDownloadRegular />}
            disabledFocusable={exporting || states.status === "loading" || view.rows.length === 0}
            onClick={() => void exportView()}
          >
            Export CSV
          </Button>
        </div>
      </div>
      {view.rows.length > 0 ? (
        <DeviceTable rows={view.rows} sort={params.sort} onSortChange={setSort} />
      ) : (
        states.count > 0 && (
          <EmptyState
            title="No devices match"
            headingLevel="h3"
            action={<Button onClick={clearFilters}>Clear filters</Button>}
          >
            No loaded device matches this search and these states.
          </EmptyState>
        )
      )}
    </div>
  );
}
