import {
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
} from "@fluentui-contrib/react-data-grid-react-window";
import type { DataGridProps, TableRowData } from "@fluentui/react-components";
import { memo, useCallback, useLayoutEffect, useRef, type CSSProperties } from "react";
import { deviceColumns, deviceColumnSizing, NowContext } from "./deviceColumns";
import type { DeviceSort, DeviceSortColumn, SortDirection } from "./deviceView";
import type { DeviceStateRow } from "./types";
import { useNow } from "./useNow";

const ROW_HEIGHT = 44;
const MAX_VISIBLE_ROWS = 12;
// A row past each edge is ready before arrow keys reach it (focus then scrolls the list); more
// rows would only add to what each frame of a fast scroll has to draw.
const OVERSCAN_ROWS = 2;

export interface DeviceTableProps {
  rows: readonly DeviceStateRow[];
  sort: DeviceSort | undefined;
  onSortChange: (sort: DeviceSort) => void;
}

type OnGridSortChange = NonNullable<DataGridProps["onSortChange"]>;

/**
 * Fluent's DataGrid (grid semantics, sortable headers, arrow-key cell navigation) rendering only
 * the rows in view. Sorting happens outside, once per change, so the grid keeps the given order.
 */
export function DeviceTable({ rows, sort, onSortChange }: DeviceTableProps) {
  const now = useNow();
  // The grid is memoised: a handler that changes with every URL would render it each time.
  const latestOnSortChange = useRef(onSortChange);
  useLayoutEffect(() => {
    latestOnSortChange.current = onSortChange;
  });
  const onGridSortChange = useCallback<OnGridSortChange>(
    (_, next) =>
      latestOnSortChange.current({
        column: next.sortColumn as DeviceSortColumn,
        direction: next.sortDirection,
      }),
    [],
  );
  return (
    <NowContext value={now}>
      <DeviceGrid
        rows={rows}
        sortColumn={sort?.column}
        sortDirection={sort?.direction ?? "ascending"}
        onSortChange={onGridSortChange}
      />
    </NowContext>
  );
}

interface DeviceGridProps {
  rows: readonly DeviceStateRow[];
  sortColumn: DeviceSortColumn | undefined;
  sortDirection: SortDirection;
  onSortChange: OnGridSortChange;
}

/**
 * Renders only when its rows or sort change: Fluent maps and sorts every item on each render of
 * the grid, which for 50,000 rows is too slow for every keystroke or status change around it.
 */
const DeviceGrid = memo(function DeviceGrid({
  rows,
  sortColumn,
  sortDirection,
  onSortChange,
}: DeviceGridProps) {
  const height = Math.min(rows.length, MAX_VISIBLE_ROWS) * ROW_HEIGHT;
  return (
    <DataGrid
      items={rows as DeviceStateRow[]}
      columns={deviceColumns}
      getRowId={rowId}
      sortable
      sortState={{ sortColumn, sortDirection }}
      onSortChange={onSortChange}
      columnSizingOptions={deviceColumnSizing}
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
        listProps={{ overscanCount: OVERSCAN_ROWS }}
      >
        {renderRow}
      </DataGridBody>
    </DataGrid>
  );
});

const rowId = (row: DeviceStateRow) => row.id;

// One function for the grid's lifetime: a new one would remount every row in view.
const renderRow = ({ item, rowId }: TableRowData<DeviceStateRow>, style: CSSProperties) => (
  <DeviceRow key={rowId} row={item} style={style} />
);

// react-window keeps each index's style object, so a row in view skips a render of the list.
const DeviceRow = memo(function DeviceRow({
  row,
  style,
}: {
  row: DeviceStateRow;
  style: CSSProperties;
}) {
  return (
    <DataGridRow<DeviceStateRow> style={style}>
      {({ renderCell }) => <DataGridCell>{renderCell(row)}</DataGridCell>}
    </DataGridRow>
  );
});
