import { checkCodeFile, refusedFile } from "./checkCodeFile";
import type { CheckedCodeFile } from "./types";

/** What the file picker offers; other files are refused with a reason, not hidden. */
export const CODE_FILE_ACCEPT = ".csv,.txt,text/csv,text/plain";
/** 1,000 codes take about 40 kB: a file far larger is not a code list. */
const MAX_FILE_BYTES = 1_000_000;

/** Reads the chosen file as UTF-8 text and checks it; nothing leaves the browser. */
export async function readCodeFile(file: File): Promise<CheckedCodeFile> {
  if (!/\.(csv|txt)$/i.test(file.name)) {
    return refusedFile(
      "Choose a .csv or .txt file. A spreadsheet must first be saved as CSV UTF-8 (comma delimited).",
    );
  }
  if (file.size > MAX_FILE_BYTES) {
    return refusedFile(
      "The file is larger than 1 MB, far more than 1,000 codes take. Check that it is the operator's code list.",
    );
  }
  return checkCodeFile(await file.text());
}
