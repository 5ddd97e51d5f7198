import {
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
} from "@fluentui-contrib/react-data-grid-react-window";
import type { TableRowData } from "@fluentui/react-components";
import { memo, type CSSProperties } from "react";
import {
  poolGridLabel,
  poolId,
  shownPoolColumns,
  usePoolGridStyles,
  type PoolGridProps,
} from "./poolGridParts";
import type { Pool } from "./types";

const ROW_HEIGHT = 44;
const VISIBLE_ROWS = 15;
// A row past each edge is ready before arrow keys reach it (focus then scrolls the list); more
// rows would only add to what each frame of a fast scroll has to draw.
const OVERSCAN_ROWS = 2;

/** The same grid rendering only the rows in view, in a box of its own that scrolls. */
export function VirtualPoolGrid({ pools, sortState, onSortChange }: PoolGridProps) {
  const styles = usePoolGridStyles();
  return (
    <DataGrid
      items={pools}
      columns={shownPoolColumns}
      getRowId={poolId}
      sortable
      sortState={sortState}
      onSortChange={onSortChange}
      aria-label={poolGridLabel}
    >
      <DataGridHeader>
        <DataGridRow>
          {({ renderHeaderCell, columnId }) => (
            <DataGridHeaderCell
              button={columnId === "codes" ? { className: styles.numberHeader } : undefined}
            >
              {renderHeaderCell()}
            </DataGridHeaderCell>
          )}
        </DataGridRow>
      </DataGridHeader>
      <DataGridBody<Pool>
        itemSize={ROW_HEIGHT}
        height={VISIBLE_ROWS * ROW_HEIGHT}
        listProps={{ overscanCount: OVERSCAN_ROWS }}
      >
        {renderRow}
      </DataGridBody>
    </DataGrid>
  );
}

// One function for the grid's lifetime: a new one would remount every row in view.
const renderRow = ({ item, rowId }: TableRowData<Pool>, style: CSSProperties) => (
  <VirtualPoolRow key={rowId} pool={item} style={style} />
);

// react-window keeps each index's style object, so a row in view skips a render of the list.
const VirtualPoolRow = memo(function VirtualPoolRow({
  pool,
  style,
}: {
  pool: Pool;
  style: CSSProperties;
}) {
  const styles = usePoolGridStyles();
  return (
    <DataGridRow<Pool> style={style}>
      {({ renderCell, columnId }) => (
        // The name cell holds a link: let the link itself take focus, not the cell.
        <DataGridCell
          focusMode={columnId === "name" ? "none" : "cell"}
          className={columnId === "codes" ? styles.number : undefined}
        >
          {renderCell(pool)}
        </DataGridCell>
      )}
    </DataGridRow>
  );
});
