import { usesCode } from "./deviceStateNames";

export interface CodeUse {
  inUse: number;
  /** null when the pool's size is unknown. */
  total: number | null;
  left: number | null;
  /** Fewer than 10% of the codes left (or none at all). */
  runningLow: boolean;
}

const LOW_SHARE = 0.1;

export function codeUse(counts: ReadonlyMap<string, number>, total: number | null): CodeUse {
  let inUse = 0;
  for (const [state, count] of counts) if (usesCode(state)) inUse += count;
  if (total === null) return { inUse, total, left: null, runningLow: false };
  const left = Math.max(total - inUse, 0);
  return { inUse, total, left, runningLow: left < total * LOW_SHARE || left === 0 };
}
