import Papa from "papaparse";

export interface CsvColumn<T> {
  header: string;
  cell: (item: T) => string;
}

export interface CsvWriteOptions {
  /** Rows written between two pauses. */
  chunkSize?: number;
  /** Gives the browser a turn between chunks, so a long export does not freeze the page. */
  pause?: () => Promise<void>;
}

/** Byte order mark: Excel reads the file as UTF-8 only with it. */
export const UTF8_BOM = "\uFEFF";
const LINE_END = "\r\n";
// Papa's own pattern ends in `.*$`, which misses a cell whose first line is a formula.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A CSV file as RFC 4180 asks (quotes doubled, fields with commas, quotes or line breaks quoted,
 * CRLF), with a BOM, and with cells a spreadsheet would run as formulas neutralised (a leading ').
 */
export async function writeCsv<T>(
  columns: readonly CsvColumn<T>[],
  items: readonly T[],
  { chunkSize = 2000, pause = nextTask }: CsvWriteOptions = {},
): Promise<Blob> {
  const parts = [UTF8_BOM, csvLines([columns.map(({ header }) => header)])];
  for (let start = 0; start < items.length; start += chunkSize) {
    if (start > 0) await pause();
    const chunk = items.slice(start, start + chunkSize);
    parts.push(csvLines(chunk.map((item) => columns.map(({ cell }) => cell(item)))));
  }
  return new Blob(parts, { type: "text/csv;charset=utf-8" });
}

function csvLines(rows: string[][]): string {
  const text = Papa.unparse(rows, { escapeFormulae: FORMULA_START, newline: LINE_END });
  return `${text}${LINE_END}`;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
