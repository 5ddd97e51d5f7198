import {
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
} from "@fluentui-contrib/react-data-grid-react-window";
import type { CSSProperties } from "react";
import { poolColumns } from "./poolColumns";
import { poolGridLabel, poolId, usePoolGridStyles, type PoolGridProps } from "./poolGridParts";
import type { Pool } from "./types";

const ROW_HEIGHT = 44;
const VISIBLE_ROWS = 15;
// Rows past the edge are ready before arrow keys reach them (focus then scrolls the list).
const OVERSCAN_ROWS = 8;

/** The same grid rendering only the rows in view, in a box of its own that scrolls. */
export function VirtualPoolGrid({ pools, sortState, onSortChange }: PoolGridProps) {
  const styles = usePoolGridStyles();
  return (
    <DataGrid
      items={pools}
      columns={poolColumns}
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
        {({ item, rowId }, style) => (
          <DataGridRow<Pool> key={rowId} style={style as CSSProperties}>
            {({ renderCell, columnId }) => (
              <DataGridCell
                focusMode={columnId === "name" ? "none" : "cell"}
                className={columnId === "codes" ? styles.number : undefined}
              >
                {renderCell(item)}
              </DataGridCell>
            )}
          </DataGridRow>
        )}
      </DataGridBody>
    </DataGrid>
  );
}
