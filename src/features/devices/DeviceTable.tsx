import {
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
} from "@fluentui-contrib/react-data-grid-react-window";
import {
  createTableColumn,
  makeStyles,
  tokens,
  type TableColumnDefinition,
  type TableColumnSizingOptions,
} from "@fluentui/react-components";
import { useMemo, type CSSProperties } from "react";
import { DeviceStateBadge } from "./DeviceStateBadge";
import type { DeviceSort, DeviceSortColumn } from "./deviceView";
import { formatExactTime, formatRelativeTime } from "./relativeTime";
import type { DeviceStateRow } from "./types";
import { useNow } from "./useNow";

const ROW_HEIGHT = 44;
const MAX_VISIBLE_ROWS = 12;
const OVERSCAN_ROWS = 8;

const useStyles = makeStyles({
  text: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  muted: { color: tokens.colorNeutralForeground3 },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
  uiccid: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

const columnSizing: TableColumnSizingOptions = {
  deviceName: { idealWidth: 220, minWidth: 140 },
  userName: { idealWidth: 200, minWidth: 120 },
  state: { idealWidth: 150, minWidth: 120 },
  stateDetails: { idealWidth: 320, minWidth: 160 },
  lastCheckIn: { idealWidth: 140, minWidth: 110 },
  uiccid: { idealWidth: 200, minWidth: 160 },
};

export interface DeviceTableProps {
  rows: readonly DeviceStateRow[];
  sort: DeviceSort | undefined;
  onSortChange: (sort: DeviceSort) => void;
}

/**
 * Fluent's DataGrid (grid semantics, sortable headers, arrow-key cell navigation) rendering only
 * the rows in view. Sorting happens outside, once per change, so the grid keeps the given order.
 */
export function DeviceTable({ rows, sort, onSortChange }: DeviceTableProps) {
  const styles = useStyles();
  const now = useNow();
  const columns = useMemo(() => deviceColumns(styles, now), [styles, now]);
  const height = Math.min(rows.length, MAX_VISIBLE_ROWS) * ROW_HEIGHT;
  return (
    <DataGrid
      items={rows as DeviceStateRow[]}
      columns={columns}
      getRowId={(row: DeviceStateRow) => row.id}
      sortable
      sortState={{ sortColumn: sort?.column, sortDirection: sort?.direction ?? "ascending" }}
      onSortChange={(_, next) =>
        onSortChange({ column: next.sortColumn as DeviceSortColumn, direction: next.sortDirection })
      }
      columnSizingOptions={columnSizing}
      aria-label="Devices"
    >
      <DataGridHeader>
        <DataGridRow>
          {({ renderHeaderCell }) => <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>}
        </DataGridRow>
      </DataGridHeader>
      <DataGridBody<DeviceStateRow>
        itemSize={ROW_HEIGHT}
        height={height}
        // Rows past the edge are ready before arrow keys reach them (focus then scrolls the list).
        listProps={{ overscanCount: OVERSCAN_ROWS }}
      >
        {({ item, rowId }, style) => (
          <DataGridRow<DeviceStateRow> key={rowId} style={style as CSSProperties}>
            {({ renderCell }) => <DataGridCell>{renderCell(item)}</DataGridCell>}
          </DataGridRow>
        )}
      </DataGridBody>
    </DataGrid>
  );
}

type Styles = ReturnType<typeof useStyles>;

// Sorting is done by sortDevices; the grid only shows the order and the arrows. Two parameters:
// Fluent reads a compare function without any as "this column is not sortable".
const keepOrder = (_a: DeviceStateRow, _b: DeviceStateRow) => 0;

function deviceColumns(styles: Styles, now: number): TableColumnDefinition<DeviceStateRow>[] {
  const text = (value: string) =>
    value ? <span className={styles.text}>{value}</span> : <span className={styles.muted}>—</span>;
  return [
    createTableColumn<DeviceStateRow>({
      columnId: "deviceName",
      compare: keepOrder,
      renderHeaderCell: () => "Device",
      renderCell: (row) => text(row.deviceName),
    }),
    createTableColumn<DeviceStateRow>({
      columnId: "userName",
      compare: keepOrder,
      renderHeaderCell: () => "User",
      renderCell: (row) => text(row.userName),
    }),
    createTableColumn<DeviceStateRow>({
      columnId: "state",
      compare: keepOrder,
      renderHeaderCell: () => "State",
      renderCell: (row) => <DeviceStateBadge state={row.state} />,
    }),
    createTableColumn<DeviceStateRow>({
      columnId: "stateDetails",
      compare: keepOrder,
      renderHeaderCell: () => "State details",
      renderCell: (row) => text(row.stateDetails),
    }),
    createTableColumn<DeviceStateRow>({
      columnId: "lastCheckIn",
      compare: keepOrder,
      renderHeaderCell: () => "Last check-in",
      renderCell: (row) => {
        if (row.lastSyncMs === null) return <span className={styles.muted}>Never</span>;
        const exact = formatExactTime(row.lastSyncMs);
        return (
          <time dateTime={new Date(row.lastSyncMs).toISOString()} title={exact}>
            {formatRelativeTime(row.lastSyncMs, now)}
            <span className={styles.hidden}>{`, ${exact}`}</span>
          </time>
        );
      },
    }),
    createTableColumn<DeviceStateRow>({
      columnId: "uiccid",
      compare: keepOrder,
      renderHeaderCell: () => "Hardware UICCID",
      renderCell: (row) => <span className={styles.uiccid}>{row.uiccid || "—"}</span>,
    }),
  ];
}
