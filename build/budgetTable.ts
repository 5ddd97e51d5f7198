export interface TableRow {
  view: string;
  /** Undefined when the view could not be measured. */
  gzipBytes: number | undefined;
  budgetBytes: number;
}

/** The console summary every build prints, over budget or not. */
export function budgetTable(rows: readonly TableRow[]): string {
  const width = Math.max(4, ...rows.map((row) => row.view.length));
  const line = (view: string, size: string, budget: string, flag = "") =>
    `  ${view.padEnd(width)}  ${size.padStart(7)}  ${budget.padStart(9)}${flag}`.trimEnd();
  return [
    "Byte budgets (gzip level 9):",
    line("view", "gzip kB", "budget kB"),
    ...rows.map((row) =>
      line(
        row.view,
        row.gzipBytes === undefined ? "?" : kB(row.gzipBytes),
        kB(row.budgetBytes),
        row.gzipBytes !== undefined && row.gzipBytes > row.budgetBytes ? "  over" : "",
      ),
    ),
  ].join("\n");
}

function kB(bytes: number): string {
  return (bytes / 1000).toFixed(1);
}
