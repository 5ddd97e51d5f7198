import {
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  type TableRowData,
} from "@fluentui/react-components";
import { memo } from "react";
import {
  poolGridLabel,
  poolId,
  shownPoolColumns,
  usePoolGridStyles,
  type PoolGridProps,
} from "./poolGridParts";
import type { Pool } from "./types";

const renderRow = ({ item, rowId }: TableRowData<Pool>) => <PoolRow key={rowId} pool={item} />;

/** Every row in the page: for the lists most tenants have, read by the page's own scroll. */
export function PoolGrid({ pools, sortState, onSortChange }: PoolGridProps) {
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
      <DataGridBody<Pool>>{renderRow}</DataGridBody>
    </DataGrid>
  );
}

const PoolRow = memo(function PoolRow({ pool }: { pool: Pool }) {
  const styles = usePoolGridStyles();
  return (
    <DataGridRow<Pool>>
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
