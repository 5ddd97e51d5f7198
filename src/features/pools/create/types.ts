/** One activation code as Graph takes it on create. Secret: never log, store or cache it. */
export interface ActivationCode {
  iccid: string;
  matchingId: string;
}

/** Which part of a line a problem is about. */
export type CodeFileCell = "SM-DP+ address" | "ICCID" | "Matching id" | "Line" | "File";

/** One thing wrong (or doubtful) in the operator's file, where the admin can find it. */
export interface CodeFileProblem {
  /** 1-based, as an editor counts; undefined for the file as a whole. */
  line: number | undefined;
  cell: CodeFileCell;
  /** The offending cell as written (trimmed), or "" when there is none. */
  value: string;
  reason: string;
}

export interface CheckedCodeFile {
  /** The SM-DP+ host from line 1; "" when line 1 is not a valid address. */
  host: string;
  codes: ActivationCode[];
  /** Any error blocks the upload. */
  errors: CodeFileProblem[];
  /** Doubts (a failed Luhn check digit): the admin must confirm before uploading. */
  warnings: CodeFileProblem[];
}
