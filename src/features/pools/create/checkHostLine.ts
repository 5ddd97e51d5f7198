import { smdpAddressProblem } from "./smdpAddressRules";
import type { CodeFileProblem } from "./types";

export interface HostLineResult {
  /** "" unless line 1 holds a valid address. */
  host: string;
  problems: CodeFileProblem[];
}

/** Line 1 holds the SM-DP+ address alone (cells already trimmed). */
export function checkHostLine(cells: string[]): HostLineResult {
  const [address = "", ...rest] = cells;
  const problems: CodeFileProblem[] = [];
  const addressReason = smdpAddressProblem(address);
  if (addressReason) {
    problems.push({ line: 1, cell: "SM-DP+ address", value: address, reason: addressReason });
  } else if (rest.length === 1 && rest[0] === "") {
    problems.push({
      line: 1,
      cell: "Line",
      value: cells.join(","),
      reason: "Line 1 ends with a comma; it holds the SM-DP+ address alone. Remove the comma.",
    });
  } else if (rest.length > 0) {
    problems.push({
      line: 1,
      cell: "Line",
      value: cells.join(","),
      reason: "Line 1 holds the SM-DP+ address alone; the codes follow on the next lines.",
    });
  }
  return { host: addressReason ? "" : address, problems };
}
