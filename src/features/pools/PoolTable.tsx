import {
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  makeStyles,
  type TableRowData,
} from "@fluentui/react-components";
import { memo } from "react";
import { poolColumns } from "./poolColumns";
import type { Pool } from "./types";

const useStyles = makeStyles({
  number: { justifyContent: "flex-end", fontVariantNumeric: "tabular-nums" },
  numberHeader: { justifyContent: "flex-end" },
});

const poolId = (pool: Pool) => pool.id;
const renderRow = ({ item, rowId }: TableRowData<Pool>) => <PoolRow key={rowId} pool={item} />;

/**
 * Sortable pool grid; each name is a link to the pool's page. Memoised, like its rows: a page of
 * pools arriving renders the new rows, not the thousands already shown.
 */
export const PoolTable = memo(function PoolTable({ pools }: { pools: Pool[] }) {
  const styles = useStyles();
  return (
    <DataGrid
      items={pools}
      columns={poolColumns}
      getRowId={poolId}
      sortable
      defaultSortState={{ sortColumn: "name", sortDirection: "ascending" }}
      aria-label="Activation code pools"
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
});

const PoolRow = memo(function PoolRow({ pool }: { pool: Pool }) {
  const styles = useStyles();
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
