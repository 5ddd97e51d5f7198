/** The runs of one figure and their median, which is what the report shows. */
export interface Sample {
  median: number;
  runs: number[];
}

export function sampleOf(runs: readonly number[]): Sample {
  if (runs.length === 0) throw new Error("A figure needs at least one run.");
  const sorted = [...runs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1
      ? (sorted[middle] ?? 0)
      : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { median: round(median), runs: runs.map(round) };
}

/** Milliseconds to a tenth: finer than that is noise on any machine. */
function round(value: number): number {
  return Math.round(value * 10) / 10;
}
