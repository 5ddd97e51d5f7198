import {
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  createTableColumn,
  makeStyles,
  type TableColumnDefinition,
} from "@fluentui/react-components";
import { RouterLink } from "../../components";
import { formatDateTime, formatNumber, poolName } from "./format";
import type { Pool } from "./types";

const useStyles = makeStyles({
  number: { justifyContent: "flex-end", fontVariantNumeric: "tabular-nums" },
  numberHeader: { justifyContent: "flex-end" },
});

const collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });
const time = (date: Date | null) => date?.getTime() ?? 0;

const columns: TableColumnDefinition<Pool>[] = [
  createTableColumn<Pool>({
    columnId: "name",
    compare: (a, b) => collator.compare(a.displayName, b.displayName),
    renderHeaderCell: () => "Name",
    renderCell: (pool) => (
      <RouterLink to={`/pools/${encodeURIComponent(pool.id)}`}>{poolName(pool)}</RouterLink>
    ),
  }),
  createTableColumn<Pool>({
    columnId: "codes",
    compare: (a, b) => (a.activationCodeCount ?? -1) - (b.activationCodeCount ?? -1),
    renderHeaderCell: () => "Activation codes",
    renderCell: (pool) => formatNumber(pool.activationCodeCount),
  }),
  createTableColumn<Pool>({
    columnId: "created",
    compare: (a, b) => time(a.createdDateTime) - time(b.createdDateTime),
    renderHeaderCell: () => "Created",
    renderCell: (pool) => formatDateTime(pool.createdDateTime),
  }),
  createTableColumn<Pool>({
    columnId: "modified",
    compare: (a, b) => time(a.modifiedDateTime) - time(b.modifiedDateTime),
    renderHeaderCell: () => "Modified",
    renderCell: (pool) => formatDateTime(pool.modifiedDateTime),
  }),
];

/** Sortable pool grid; each name is a link to the pool's page. */
export function PoolTable({ pools }: { pools: Pool[] }) {
  const styles = useStyles();
  return (
    <DataGrid
      items={pools}
      columns={columns}
      getRowId={(pool: Pool) => pool.id}
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
      <DataGridBody<Pool>>
        {({ item, rowId }) => (
          <DataGridRow<Pool> key={rowId}>
            {({ renderCell, columnId }) => (
              // The name cell holds a link: let the link itself take focus, not the cell.
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
