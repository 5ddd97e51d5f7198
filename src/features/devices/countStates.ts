import { KNOWN_DEVICE_STATES } from "./types";

export interface StateCount {
  state: string;
  count: number;
}

/**
 * Every known state in the admin center's order (zero counts included, so the layout is steady),
 * then any unknown state that occurred, in the order first seen.
 */
export function stateCountList(counts: ReadonlyMap<string, number>): StateCount[] {
  const known: readonly string[] = KNOWN_DEVICE_STATES;
  const unknown = [...counts.keys()].filter((state) => !known.includes(state));
  return [...known, ...unknown].map((state) => ({ state, count: counts.get(state) ?? 0 }));
}

/** How many rows hold each state. */
export function countStates(pages: readonly (readonly { state: string }[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const page of pages) {
    for (const { state } of page) counts.set(state, (counts.get(state) ?? 0) + 1);
  }
  return counts;
}
