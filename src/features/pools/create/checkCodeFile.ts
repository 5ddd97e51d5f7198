import Papa from "papaparse";
import { formatNumber } from "../format";
import { hasValidCheckDigit, MAX_CODES_PER_POOL } from "./activationCodeRules";
import { checkCodeLine } from "./checkCodeLine";
import { checkHostLine } from "./checkHostLine";
import type { ActivationCode, CheckedCodeFile, CodeFileProblem } from "./types";

interface FileLine {
  /** 1-based. */
  line: number;
  /** Trimmed. */
  cells: string[];
}

/** Rows as papaparse reads them, each with the line it starts on (a quoted cell may span lines). */
function readLines(text: string): FileLine[] {
  const lines: FileLine[] = [];
  let start = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter: ",",
    step: ({ data, meta }) => {
      lines.push({ line, cells: data.map((cell) => cell.trim()) });
      for (let index = start; index < meta.cursor; index++) if (text[index] === "\n") line++;
      start = meta.cursor;
    },
  });
  return lines;
}

const isBlank = ({ cells }: FileLine) => cells.every((cell) => cell === "");

/** A file refused as a whole (not a code list, unreadable): one problem, no codes. */
export function refusedFile(reason: string): CheckedCodeFile {
  return {
    host: "",
    codes: [],
    errors: [{ line: undefined, cell: "File", value: "", reason }],
    warnings: [],
  };
}

function duplicateFinder() {
  const iccids = new Map<string, number>();
  const matchingIds = new Map<string, number>();
  return (code: ActivationCode, line: number): CodeFileProblem[] => {
    const problems: CodeFileProblem[] = [];
    const iccidLine = iccids.get(code.iccid);
    // Matching ids are compared regardless of case: an SM-DP+ server may not tell them apart.
    const matchingIdKey = code.matchingId.toUpperCase();
    const matchingIdLine = matchingIds.get(matchingIdKey);
    if (iccidLine !== undefined) {
      problems.push({
        line,
        cell: "ICCID",
        value: code.iccid,
        reason: `The ICCID is also on line ${iccidLine}.`,
      });
    }
    if (matchingIdLine !== undefined) {
      problems.push({
        line,
        cell: "Matching id",
        value: code.matchingId,
        reason: `The matching id is also on line ${matchingIdLine}.`,
      });
    }
    if (iccidLine === undefined) iccids.set(code.iccid, line);
    if (matchingIdLine === undefined) matchingIds.set(matchingIdKey, line);
    return problems;
  };
}

/**
 * Checks an operator's file against Graph's and Intune's rules before anything is sent: line 1
 * is the SM-DP+ address, every other line `ICCID,MatchingID`. A BOM, CRLF, blank lines and spaces
 * around cells are tolerated; every other problem is named with its line.
 */
export function checkCodeFile(text: string): CheckedCodeFile {
  if (text.includes("\u0000")) {
    return refusedFile(
      "The file is saved as UTF-16 (“Unicode text”). Save it as CSV UTF-8 and choose it again.",
    );
  }
  const lines = readLines(text.replace(/^\uFEFF/, ""));
  const [first, ...rest] = lines;
  if (!first || lines.every(isBlank)) return refusedFile("The file is empty.");
  const hostLine = checkHostLine(first.cells);
  const errors: CodeFileProblem[] = [...hostLine.problems];
  const warnings: CodeFileProblem[] = [];
  const codes: ActivationCode[] = [];
  const findDuplicates = duplicateFinder();
  const codeLines = rest.filter((line) => !isBlank(line));

  for (const { line, cells } of codeLines) {
    const result = checkCodeLine(cells, line, hostLine.host);
    if (!result.ok) {
      errors.push(...result.problems);
      continue;
    }
    const duplicates = findDuplicates(result.code, line);
    errors.push(...duplicates);
    if (duplicates.length > 0) continue;
    if (!hasValidCheckDigit(result.code.iccid)) {
      warnings.push({
        line,
        cell: "ICCID",
        value: result.code.iccid,
        reason:
          "The ICCID's check digit does not match (Luhn check): a typo, or a number the operator writes differently. Check it with the operator.",
      });
    }
    codes.push(result.code);
  }

  if (codeLines.length === 0) {
    errors.push({
      line: undefined,
      cell: "File",
      value: "",
      reason:
        "The file holds no codes: after the SM-DP+ address on line 1, each line holds ICCID,MatchingID.",
    });
  } else if (codeLines.length > MAX_CODES_PER_POOL) {
    errors.push({
      line: codeLines[MAX_CODES_PER_POOL]?.line,
      cell: "File",
      value: "",
      reason: `The file holds ${formatNumber(codeLines.length)} codes; Intune takes at most ${formatNumber(MAX_CODES_PER_POOL)} per pool. This line holds code ${formatNumber(MAX_CODES_PER_POOL + 1)}.`,
    });
  }
  errors.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { host: hostLine.host, codes, errors, warnings };
}
