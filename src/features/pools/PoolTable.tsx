import type { DataGridProps } from "@fluentui/react-components";
import { lazy, memo, Suspense, useCallback, useState } from "react";
import { poolColumns } from "./poolColumns";
import { PoolGrid } from "./PoolGrid";
import type { PoolSortState } from "./poolGridParts";
import type { Pool } from "./types";

/** Past this many rows the grid renders only those in view: a tenant's thousands stay quick. */
export const VIRTUAL_FROM_ROWS = 200;

const VirtualPoolGrid = lazy(() =>
  import("./VirtualPoolGrid").then((m) => ({ default: m.VirtualPoolGrid })),
);

const byName: PoolSortState = { sortColumn: "name", sortDirection: "ascending" };

/** The rows a sorted list starts with, sorted as the grid would. */
function firstRows(pools: Pool[], { sortColumn, sortDirection }: PoolSortState, count: number) {
  const compare = poolColumns.find(({ columnId }) => columnId === sortColumn)?.compare;
  if (!compare) return pools.slice(0, count);
  const sign = sortDirection === "descending" ? -1 : 1;
  return [...pools].sort((a, b) => sign * compare(a, b)).slice(0, count);
}

/**
 * Sortable pool grid; each name is a link to the pool's page. The sort is kept here, so it
 * survives the switch between the whole grid and the windowed one as a filter or pages change
 * the row count. Memoised, like its rows: a page of pools arriving renders the new rows.
 */
export const PoolTable = memo(function PoolTable({ pools }: { pools: Pool[] }) {
  const [sortState, setSortState] = useState(byName);
  const onSortChange = useCallback<NonNullable<DataGridProps["onSortChange"]>>(
    (_event, next) => setSortState(next),
    [],
  );
  if (pools.length <= VIRTUAL_FROM_ROWS) {
    return <PoolGrid pools={pools} sortState={sortState} onSortChange={onSortChange} />;
  }
  return (
    // While the windowed grid's code downloads, the rows it starts with stand in for it.
    <Suspense
      fallback={
        <PoolGrid
          pools={firstRows(pools, sortState, VIRTUAL_FROM_ROWS)}
          sortState={sortState}
          onSortChange={onSortChange}
        />
      }
    >
      <VirtualPoolGrid pools={pools} sortState={sortState} onSortChange={onSortChange} />
    </Suspense>
  );
});
