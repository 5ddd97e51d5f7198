import { formatNumber } from "./format";
import type { Pool } from "./types";

/** Case-insensitive substring match on the name; an empty filter keeps every pool. */
export function filterPools(pools: Pool[], filter: string): Pool[] {
  const needle = filter.trim().toLocaleLowerCase();
  if (!needle) return pools;
  return pools.filter((pool) => pool.displayName.toLocaleLowerCase().includes(needle));
}

/** "42 pools", "1 pool", or "3 of 60 pools" while a filter is applied. */
export function poolCountLabel(shown: number, total: number, filtered: boolean): string {
  const noun = total === 1 ? "pool" : "pools";
  return filtered
    ? `${formatNumber(shown)} of ${formatNumber(total)} ${noun}`
    : `${formatNumber(total)} ${noun}`;
}
