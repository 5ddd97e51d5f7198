import type { Pool } from "../types";
import { defaultPoolName } from "./smdpAddressRules";

/**
 * Pools that probably hold this SM-DP+ host's codes. Graph never returns a pool's codes, so the
 * name is the only clue: the admin center names a pool after the host's first DNS label.
 */
export function findSameProviderPools(pools: readonly Pool[], host: string): Pool[] {
  if (!host) return [];
  const names = new Set([defaultPoolName(host), host].map((name) => name.toLowerCase()));
  return pools.filter((pool) => names.has(pool.displayName.trim().toLowerCase()));
}
