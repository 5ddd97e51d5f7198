import type { Pool } from "./types";

/**
 * The known pools with a page's pools merged in: a pool already known is replaced where it
 * stands, a new one is added at the end. A page read twice (Try again) never shows a pool twice.
 */
export function mergePools(known: readonly Pool[], arriving: readonly Pool[]): Pool[] {
  const merged = [...known];
  const positions = new Map(merged.map((pool, index) => [pool.id, index]));
  for (const pool of arriving) {
    const position = positions.get(pool.id);
    if (position === undefined) {
      positions.set(pool.id, merged.length);
      merged.push(pool);
    } else {
      merged[position] = pool;
    }
  }
  return merged;
}
