import { formatNumber } from "./format";
import type { Pool } from "./types";
import type { PoolListProgress } from "./usePoolList";

/** Case-insensitive substring match on the name; an empty filter keeps every pool. */
export function filterPools(pools: Pool[], filter: string): Pool[] {
  const needle = filter.trim().toLocaleLowerCase();
  if (!needle) return pools;
  return pools.filter((pool) => pool.displayName.toLocaleLowerCase().includes(needle));
}

export interface PoolCount {
  /** Pools the filter keeps. */
  shown: number;
  /** Pools loaded so far (all of them once `progress` is complete). */
  loaded: number;
  filtered: boolean;
  progress: PoolListProgress;
}

/**
 * "42 pools", "1 pool", or "3 of 60 pools" while a filter is applied; while pages still arrive
 * "100 pools so far, still counting…"; after a page failed "300 pools loaded, the rest could not
 * be loaded" (never a total that looks complete).
 */
export function poolCountLabel({ shown, loaded, filtered, progress }: PoolCount): string {
  const noun = loaded === 1 ? "pool" : "pools";
  const count = filtered
    ? `${formatNumber(shown)} of ${formatNumber(loaded)} ${noun}`
    : `${formatNumber(loaded)} ${noun}`;
  switch (progress) {
    case "complete":
      return count;
    case "counting":
      return `${count} so far, still counting…`;
    case "stopped":
      return filtered
        ? `${formatNumber(shown)} of ${formatNumber(loaded)} loaded ${noun}, the rest could not be loaded`
        : `${count} loaded, the rest could not be loaded`;
  }
}
