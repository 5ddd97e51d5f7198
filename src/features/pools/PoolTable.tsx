import type { DataGridProps } from "@fluentui/react-components";
import { lazy, memo, Suspense, useCallback, useMemo, useState } from "react";
import { PoolGrid } from "./PoolGrid";
import { sortPools, type PoolSortState } from "./poolGridParts";
import type { Pool } from "./types";

/** Past this many rows the grid renders only those in view: a tenant's thousands stay quick. */
export const VIRTUAL_FROM_ROWS = 200;

const VirtualPoolGrid = lazy(() =>
  import("./VirtualPoolGrid").then((m) => ({ default: m.VirtualPoolGrid })),
);

const byName: PoolSortState = { sortColumn: "name", sortDirection: "ascending" };

/**
 * Sortable pool grid; each name is a link to the pool's page. The sort is kept and done here:
 * it runs once per change of list or sort (the grids only show the order), and it survives the
 * switch between the whole grid and the windowed one as a filter or pages change the row count.
 * Memoised, like its rows: a page of pools arriving renders the new rows.
 */
export const PoolTable = memo(function PoolTable({ pools }: { pools: Pool[] }) {
  const [sortState, setSortState] = useState(byName);
  const onSortChange = useCallback<NonNullable<DataGridProps["onSortChange"]>>(
    (_event, next) => setSortState(next),
    [],
  );
  const sorted = useMemo(() => sortPools(pools, sortState), [pools, sortState]);
  if (sorted.length <= VIRTUAL_FROM_ROWS) {
    return <PoolGrid pools={sorted} sortState={sortState} onSortChange={onSortChange} />;
  }
  return (
    // While the windowed grid's code downloads, the rows it starts with stand in for it.
    <Suspense
      fallback={
        <PoolGrid
          pools={sorted.slice(0, VIRTUAL_FROM_ROWS)}
          sortState={sortState}
          onSortChange={onSortChange}
        />
      }
    >
      <VirtualPoolGrid pools={sorted} sortState={sortState} onSortChange={onSortChange} />
    </Suspense>
  );
});
