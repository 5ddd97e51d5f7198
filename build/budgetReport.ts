import type { Baseline } from "./budgetFile.ts";
import type { BundleFile } from "./viewChunks.ts";

export interface MeasuredView {
  name: string;
  budgetBytes: number;
  files: readonly BundleFile[];
}

export function viewBytes(files: readonly BundleFile[]): number {
  return files.reduce((sum, file) => sum + file.gzipBytes, 0);
}

/** Why a view is over budget: the chunks that grew against the baseline, largest growth first. */
export function overBudgetReport(view: MeasuredView, baseline: Baseline): string {
  const bytes = viewBytes(view.files);
  const heading =
    `Byte budgets: "${view.name}" is ${bytes - view.budgetBytes} bytes over its budget ` +
    `(${bytes} of ${view.budgetBytes} bytes gzip).`;
  const grown = view.files
    .map((file) => ({ file, before: baseline[file.label] }))
    .filter(({ file, before }) => before === undefined || file.gzipBytes > before)
    .sort((a, b) => growth(b) - growth(a));
  if (grown.length > 0) return [heading, ...grown.map(growthLine)].join("\n");
  return [
    heading,
    "  No chunk grew against the baseline (a chunk moved into the view, or the view never fit); " +
      "it loads now:",
    ...[...view.files]
      .sort((a, b) => b.gzipBytes - a.gzipBytes)
      .map((file) => `    ${file.label}: ${file.gzipBytes} bytes`),
  ].join("\n");
}

interface Growth {
  file: BundleFile;
  before: number | undefined;
}

function growth({ file, before }: Growth): number {
  return file.gzipBytes - (before ?? 0);
}

function growthLine({ file, before }: Growth): string {
  if (before === undefined) return `  ${file.label}: new chunk, ${file.gzipBytes} bytes`;
  return `  ${file.label}: ${before} → ${file.gzipBytes} bytes (+${file.gzipBytes - before})`;
}
