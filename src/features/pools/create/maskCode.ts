const MASK = "•";

/** The issuer prefix and the last four digits: enough to match a line, not to use the code. */
export function maskIccid(iccid: string): string {
  return `${iccid.slice(0, 6)}${MASK.repeat(Math.max(iccid.length - 10, 0))}${iccid.slice(-4)}`;
}

/** Only the last three characters. */
export function maskMatchingId(matchingId: string): string {
  const shown = matchingId.length > 5 ? 3 : 1;
  return `${MASK.repeat(matchingId.length - shown)}${matchingId.slice(-shown)}`;
}
