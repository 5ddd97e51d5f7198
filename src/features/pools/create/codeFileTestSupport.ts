import { hasValidCheckDigit } from "./activationCodeRules";

/** A 19- or 20-digit ICCID whose Luhn check digit is right, numbered from `serial`. */
export function validIccid(serial: number, length: 19 | 20 = 19): string {
  const body = `8901260${String(serial).padStart(length - 8, "0")}`;
  for (let digit = 0; digit <= 9; digit++) {
    if (hasValidCheckDigit(`${body}${digit}`)) return `${body}${digit}`;
  }
  throw new Error("unreachable: one check digit always fits");
}

/** The same ICCID with a wrong check digit. */
export function iccidFailingLuhn(serial: number): string {
  const iccid = validIccid(serial);
  const last = Number(iccid.at(-1));
  return `${iccid.slice(0, -1)}${(last + 1) % 10}`;
}

/** An operator's file: the host, then `count` good code lines (ICCID,MatchingID), LF endings. */
export function codeFileLines(count: number, host = "smdp.contoso.example"): string[] {
  return [host, ...Array.from({ length: count }, (_, i) => `${validIccid(i)},MATCH-${i}`)];
}
