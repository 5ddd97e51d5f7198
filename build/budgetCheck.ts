import type { Baseline, ByteBudgets } from "./budgetFile.ts";
import { overBudgetReport, viewBytes } from "./budgetReport.ts";
import { budgetTable, type TableRow } from "./budgetTable.ts";
import { ModuleNotBundledError, viewFiles, type BundleFile } from "./viewChunks.ts";

export interface BudgetCheck {
  table: string;
  /** One paragraph per view over budget or not measurable; empty when all fit. */
  problems: string[];
}

export function checkBudgets(
  budgets: ByteBudgets,
  files: readonly BundleFile[],
  root: string,
): BudgetCheck {
  const rows: TableRow[] = [];
  const problems = new Set<string>();
  for (const [name, { modules, budgetBytes }] of Object.entries(budgets.views)) {
    let loaded: BundleFile[];
    try {
      loaded = viewFiles(files, root, modules);
    } catch (error) {
      if (!(error instanceof ModuleNotBundledError)) throw error;
      // Views sharing the missing module would repeat the same sentence.
      problems.add(error.message);
      rows.push({ view: name, gzipBytes: undefined, budgetBytes });
      continue;
    }
    const gzipBytes = viewBytes(loaded);
    rows.push({ view: name, gzipBytes, budgetBytes });
    if (gzipBytes > budgetBytes) {
      problems.add(overBudgetReport({ name, budgetBytes, files: loaded }, budgets.baseline));
    }
  }
  return { table: budgetTable(rows), problems: [...problems] };
}

export function baselineOf(files: readonly BundleFile[]): Baseline {
  return Object.fromEntries(files.map((file) => [file.label, file.gzipBytes]));
}
