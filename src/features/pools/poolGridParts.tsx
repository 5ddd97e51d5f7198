import { makeStyles, type DataGridProps } from "@fluentui/react-components";
import type { Pool } from "./types";

/** Fluent exports no name for it: the sort a DataGrid reports through onSortChange. */
export type PoolSortState = Parameters<NonNullable<DataGridProps["onSortChange"]>>[1];

export interface PoolGridProps {
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
