import { ICCID_PATTERN, parseLpaString, SMDP_HOST_PATTERN } from "./activationCodeRules";

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** The host name inside an address written as a URL, or undefined when there is none to offer. */
function hostInside(value: string): string | undefined {
  const host = value
    .replace(SCHEME, "")
    .replace(/[/?#].*$/, "")
    .replace(/:\d*$/, "")
    .replace(/\.$/, "");
  return SMDP_HOST_PATTERN.test(host) && host !== value ? host : undefined;
}

function brokenRules(value: string): string[] {
  const rest = value.replace(SCHEME, "");
  const rules: string[] = [];
  if (SCHEME.test(value)) rules.push(`a scheme (${value.slice(0, value.indexOf("//") + 2)})`);
  if (/[/?#]/.test(rest)) rules.push("a path");
  if (/:\d*([/?#]|$)/.test(rest) && !rest.startsWith("[")) rules.push("a port");
  if (/\.$/.test(rest.replace(/[/?#:].*$/, ""))) rules.push("a trailing dot");
  if (rest.includes("_")) rules.push("an underscore");
  return rules;
}

function joinRules(rules: string[]): string {
  if (rules.length < 2) return rules.join("");
  return `${rules.slice(0, -1).join(", ")} and ${rules.at(-1) ?? ""}`;
}

/**
 * What an SM-DP+ address cell breaks, or undefined when Graph accepts it: a bare host name
 * (FQDN), without scheme, port, path, trailing dot or underscore, and not an IP address.
 */
export function smdpAddressProblem(value: string): string | undefined {
  if (SMDP_HOST_PATTERN.test(value)) return undefined;
  if (value === "") {
    return "Line 1 must hold the SM-DP+ address (for example smdp.example.com); it is empty.";
  }
  const lpa = parseLpaString(value);
  if (lpa) {
    return `Line 1 is a whole LPA string. Write only its SM-DP+ address (${lpa.host}) on line 1; the codes follow as ICCID,MatchingID.`;
  }
  if (ICCID_PATTERN.test(value) || /^\d+(\.\d+)?E\+?\d+$/i.test(value)) {
    return "Line 1 holds a code, but it must hold the SM-DP+ address (for example smdp.example.com). Add the address as the first line.";
  }
  const bare = value.replace(SCHEME, "").replace(/[/?#].*$/, "");
  if (
    IPV4.test(bare.replace(/:\d*$/, "")) ||
    bare.startsWith("[") ||
    /^[0-9a-f]*:[0-9a-f]*:[0-9a-f:]*$/i.test(bare)
  ) {
    return "The SM-DP+ address is an IP address; Graph needs the host name (for example smdp.example.com).";
  }
  const rules = brokenRules(value);
  const suggestion = hostInside(value);
  const fix = suggestion ? ` Write it as ${suggestion}.` : "";
  if (rules.length > 0) {
    return `The SM-DP+ address must be a bare host name, but it has ${joinRules(rules)}.${fix}`;
  }
  return "The SM-DP+ address is not a host name Graph accepts: labels of letters, digits and inner hyphens, joined by dots, ending in a top-level domain of two or more letters.";
}

/** The admin center names a pool after the first DNS label of its SM-DP+ host. */
export function defaultPoolName(host: string): string {
  return host.split(".")[0] ?? "";
}
