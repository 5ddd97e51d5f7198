import {
  makeStyles,
  type DataGridProps,
  type TableColumnDefinition,
} from "@fluentui/react-components";
import { poolColumns } from "./poolColumns";
import type { Pool } from "./types";

/** Fluent exports no name for it: the sort a DataGrid reports through onSortChange. */
export type PoolSortState = Parameters<NonNullable<DataGridProps["onSortChange"]>>[1];

export interface PoolGridProps {
  /** Already in the order of `sortState`: the grid only shows it. */
  pools: Pool[];
  sortState: PoolSortState;
  onSortChange: NonNullable<DataGridProps["onSortChange"]>;
}

export const usePoolGridStyles = makeStyles({
  number: { justifyContent: "flex-end", fontVariantNumeric: "tabular-nums" },
  numberHeader: { justifyContent: "flex-end" },
});

export const poolId = (pool: Pool) => pool.id;
export const poolGridLabel = "Activation code pools";

// Two parameters: Fluent reads a compare function without any as "this column is not sortable".
const keepOrder = (_a: Pool, _b: Pool) => 0;

/**
 * The columns as the grids get them: sortPools orders the rows once per change of list or sort;
 * Fluent would sort them again, with the collator, on every render of the grid.
 */
export const shownPoolColumns: TableColumnDefinition<Pool>[] = poolColumns.map((column) => ({
  ...column,
  compare: keepOrder,
}));

/** The pools in the grid's sort; a column without a compare keeps the given order. */
export function sortPools(pools: Pool[], { sortColumn, sortDirection }: PoolSortState): Pool[] {
  const compare = poolColumns.find(({ columnId }) => columnId === sortColumn)?.compare;
  if (!compare) return pools;
  const sign = sortDirection === "descending" ? -1 : 1;
  return [...pools].sort((a, b) => sign * compare(a, b));
}
