import {
  ICCID_PATTERN,
  iccidProblem,
  matchingIdProblem,
  parseLpaString,
  SMDP_HOST_PATTERN,
} from "./activationCodeRules";
import type { ActivationCode, CodeFileProblem } from "./types";

export type CodeLineResult =
  { ok: true; code: ActivationCode } | { ok: false; problems: CodeFileProblem[] };

function singleCellReason(cell: string, host: string): string {
  const lpa = parseLpaString(cell);
  if (lpa) {
    return `This line is a whole LPA string: it holds the SM-DP+ address and the matching id (${lpa.matchingId}), but no ICCID. Each line needs ICCID,MatchingID: take the ICCIDs from the operator's list.`;
  }
  if (SMDP_HOST_PATTERN.test(cell)) {
    return cell.toLowerCase() === host.toLowerCase()
      ? "The SM-DP+ address appears again; only line 1 holds it. Remove this line (were two files joined?)."
      : `A second SM-DP+ address: a file holds one provider's codes, from ${host || "the host on line 1"}. Make a file for each provider.`;
  }
  if (/[;\t]/.test(cell)) {
    return "The cells are separated by semicolons or tabs; Intune's format needs a comma: ICCID,MatchingID.";
  }
  return "The line needs two cells, ICCID,MatchingID, but it has no comma.";
}

/** Checks one `ICCID,MatchingID` line (cells already trimmed) against Graph's rules. */
export function checkCodeLine(cells: string[], line: number, host: string): CodeLineResult {
  const problem = (cell: CodeFileProblem["cell"], value: string, reason: string) => ({
    line,
    cell,
    value,
    reason,
  });
  const [iccid = "", matchingId = "", ...rest] = cells;
  if (cells.length === 1) {
    return { ok: false, problems: [problem("Line", iccid, singleCellReason(iccid, host))] };
  }
  const problems: CodeFileProblem[] = [];
  if (rest.length === 1 && rest[0] === "") {
    problems.push(
      problem(
        "Line",
        cells.join(","),
        "The line ends with a comma; Intune's format has none. Remove it (a spreadsheet may have exported an empty third column).",
      ),
    );
  } else if (rest.length > 0) {
    problems.push(
      problem(
        "Line",
        cells.join(","),
        `The line has ${cells.length} cells; it needs two, ICCID,MatchingID.`,
      ),
    );
  }
  if (!ICCID_PATTERN.test(iccid) && ICCID_PATTERN.test(matchingId)) {
    problems.push(
      problem(
        "Line",
        cells.slice(0, 2).join(","),
        "The columns look swapped: the ICCID comes first, then the matching id.",
      ),
    );
    return { ok: false, problems };
  }
  const iccidReason = iccidProblem(iccid);
  if (iccidReason) problems.push(problem("ICCID", iccid, iccidReason));
  const matchingIdReason = matchingIdProblem(matchingId);
  if (matchingIdReason) problems.push(problem("Matching id", matchingId, matchingIdReason));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, code: { iccid, matchingId } };
}
