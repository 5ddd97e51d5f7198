import type { GraphStoreSeed } from "../../src/mocks/graphStoreData";
import { CARRIERS } from "../../src/mocks/seedData";

const regions = ["Europe", "North America", "APAC", "Nordics", "LATAM", "UK & Ireland"];
const plans = ["5G", "LTE", "IoT Data", "Data Only"];

/** `count` pools with names like an operator's, numbered so every name is different. */
export function manyPools(count: number): GraphStoreSeed {
  const pools = Array.from({ length: count }, (_, index) => ({
    id: benchPoolId(index),
    displayName: poolName(index),
    activationCodeCount: (index * 37) % 1_000,
  }));
  return { pools };
}

export function poolName(index: number): string {
  const pick = (items: readonly string[], by: number) => items[by % items.length] ?? "";
  const number = String(index + 1).padStart(5, "0");
  return `${pick(CARRIERS, index)} ${pick(regions, index >> 3)} ${pick(plans, index >> 5)} ${number}`;
}

function benchPoolId(index: number): string {
  return `be0c4000-0000-4000-8000-${index.toString(16).padStart(12, "0")}`;
}

/**
 * The one character a filter keystroke types: of those that narrow the list without emptying it,
 * the one whose matches come closest to a tenth of the names.
 */
export function narrowingCharacter(names: readonly string[]): {
  character: string;
  matches: number;
} {
  const candidates = [..."abcdefghijklmnopqrstuvwxyz0123456789"]
    .map((character) => ({
      character,
      matches: names.filter((name) => name.toLowerCase().includes(character)).length,
    }))
    .filter(({ matches }) => matches > 0 && matches < names.length);
  const distance = (matches: number) => Math.abs(matches - names.length / 10);
  const [best] = candidates.sort((a, b) => distance(a.matches) - distance(b.matches));
  if (!best) throw new Error("No single character narrows the seeded pool names.");
  return best;
}
