/** Graph's rules for embeddedSIMActivationCode (see graph-esim.md), plus what Intune adds. */

export const ICCID_PATTERN = /^[0-9]{19}[0-9]?$/;
/** Graph's own pattern allows an empty id; a code without one cannot be installed. */
export const MATCHING_ID_PATTERN = /^[a-zA-Z0-9-]+$/;
export const SMDP_HOST_PATTERN = /^([a-zA-Z0-9]+(-[a-zA-Z0-9]+)*\.)+[a-zA-Z]{2,}$/;
/** Intune takes at most this many codes per pool (per file). */
export const MAX_CODES_PER_POOL = 1000;

/** `LPA:1$host$matchingId` (GSMA SGP.22), with an optional confirmation-code flag after it. */
const LPA_STRING = /^LPA:1\$([^$]*)\$([^$]*)(\$.*)?$/i;

export interface LpaParts {
  host: string;
  matchingId: string;
}

export function parseLpaString(value: string): LpaParts | undefined {
  const match = LPA_STRING.exec(value.trim());
  if (!match) return undefined;
  return { host: match[1] ?? "", matchingId: match[2] ?? "" };
}

/** `8.90141E+19`: a spreadsheet turned the ICCID into a number and dropped its digits. */
export function isSpreadsheetNumber(value: string): boolean {
  return /^\d+(\.\d+)?E\+?\d+$/i.test(value);
}

/** The Luhn check over every digit, the last being the check digit (ITU-T E.118). */
export function hasValidCheckDigit(iccid: string): boolean {
  let sum = 0;
  for (let index = 0; index < iccid.length; index++) {
    let digit = iccid.charCodeAt(iccid.length - 1 - index) - 48;
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** What an ICCID cell breaks, or undefined when Graph accepts it. */
export function iccidProblem(value: string): string | undefined {
  if (value === "") return "The ICCID is empty.";
  if (isSpreadsheetNumber(value)) {
    return "A spreadsheet turned this ICCID into a number and lost its last digits. Format the ICCID column as text and export the file again, or use the operator's original file.";
  }
  if (/\s/.test(value)) return "The ICCID has spaces inside it; write the digits only.";
  if (!/^\d+$/.test(value)) return "The ICCID may hold digits only.";
  if (!ICCID_PATTERN.test(value)) {
    return `The ICCID has ${value.length} digits; it needs 19 or 20.`;
  }
  return undefined;
}

/** What a matching id cell breaks, or undefined when Graph accepts it. */
export function matchingIdProblem(value: string): string | undefined {
  if (value === "") return "The matching id is empty.";
  const lpa = parseLpaString(value);
  if (lpa) {
    return `This is a whole LPA string. Write only its matching id (${lpa.matchingId || "the part after the second $"}) here, and the SM-DP+ address (${lpa.host || "the part between the $ signs"}) on line 1.`;
  }
  if (/\s/.test(value)) return "The matching id has spaces inside it.";
  if (!MATCHING_ID_PATTERN.test(value)) {
    return "The matching id may hold only letters, digits and hyphens.";
  }
  return undefined;
}
