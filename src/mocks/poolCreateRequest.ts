import { z } from "zod";
import {
  activationCodePatterns,
  MAX_ACTIVATION_CODES_PER_POOL,
  smdpHostOf,
  type GraphActivationCode,
} from "./activationCode";
import { graphErrorReply, intuneBadRequest, type GraphReply } from "./graphReply";
import type { GraphStore } from "./graphStore";

const POOL_TYPE = "microsoft.graph.embeddedSIMActivationCodePool";

// ASP.NET's model validation messages, which Graph passes on in plain text; `{field}` becomes
// the bad value's path, e.g. activationCodes[3].integratedCircuitCardIdentifier.
const REQUIRED = "The {field} field is required.";
const wrongType = (expected: string) => (issue: { input: unknown }) =>
  issue.input === undefined || issue.input === null
    ? REQUIRED
    : `The field {field} must be ${expected}.`;
const mustMatch = (pattern: RegExp) =>
  `The field {field} must match the regular expression '${pattern.source}'.`;
const arrayLength = (bound: "minimum" | "maximum", length: number) =>
  `The field {field} must be a string or array type with a ${bound} length of '${length}'.`;

const patternString = (pattern: RegExp) =>
  z.string({ error: wrongType("a string") }).regex(pattern, { error: mustMatch(pattern) });

const requestCodeSchema = z.object(
  {
    integratedCircuitCardIdentifier: patternString(
      activationCodePatterns.integratedCircuitCardIdentifier,
    ),
    // Graph's pattern lets an empty id through; Intune cannot match a profile without one.
    matchingIdentifier: z
      .string({ error: wrongType("a string") })
      .min(1, { error: REQUIRED })
      .regex(activationCodePatterns.matchingIdentifier, {
        error: mustMatch(activationCodePatterns.matchingIdentifier),
      }),
    smdpPlusServerAddress: patternString(activationCodePatterns.smdpPlusServerAddress),
  },
  { error: wrongType("an object") },
);

const createPoolBodySchema = z.object({
  displayName: z
    .string({ error: wrongType("a string") })
    .refine((name) => name.trim() !== "", { error: REQUIRED }),
  activationCodes: z
    .array(requestCodeSchema, { error: wrongType("an array") })
    .min(1, { error: arrayLength("minimum", 1) })
    .max(MAX_ACTIVATION_CODES_PER_POOL, {
      error: arrayLength("maximum", MAX_ACTIVATION_CODES_PER_POOL),
    }),
});

export type PoolCreateInput =
  | { ok: true; displayName: string; codes: GraphActivationCode[] }
  | { ok: false; reply: GraphReply };

/** The entity type, then Graph's model validation: the first bad field is named. */
export function readPoolCreateBody(url: URL, body: Record<string, unknown>): PoolCreateInput {
  const type = body["@odata.type"];
  if (type !== undefined && type !== POOL_TYPE && type !== `#${POOL_TYPE}`) {
    return {
      ok: false,
      reply: intuneBadRequest(url, `The entity type ${String(type)} is not expected here.`),
    };
  }
  const parsed = createPoolBodySchema.safeParse(body);
  if (parsed.success) {
    return { ok: true, displayName: parsed.data.displayName, codes: parsed.data.activationCodes };
  }
  const [issue] = parsed.error.issues;
  const message = (issue?.message ?? REQUIRED).replace("{field}", fieldPath(issue?.path ?? []));
  return { ok: false, reply: graphErrorReply(400, "ModelValidationFailure", message) };
}

/**
 * Intune's rules for an upload (see graph-esim.md): no ICCID or matching id twice, one SM-DP+
 * host, and only one pool per host. Intune says no more than "The request is invalid.".
 */
export function breaksIntuneCodeRules(
  codes: readonly GraphActivationCode[],
  hostsInUse: ReadonlySet<string>,
): boolean {
  const allDifferent = (values: string[]) => new Set(values).size === values.length;
  const hosts = new Set(codes.map(smdpHostOf));
  return (
    !allDifferent(codes.map((code) => code.integratedCircuitCardIdentifier)) ||
    !allDifferent(codes.map((code) => code.matchingIdentifier)) ||
    hosts.size !== 1 ||
    [...hosts].some((host) => hostsInUse.has(host))
  );
}

/** Hosts of the pools the store holds codes for; a seed pool's codes (and host) are unknown. */
export function smdpHostsInUse(store: GraphStore): Set<string> {
  const codes = store.listPools().flatMap((pool) => store.activationCodesOf(pool.id) ?? []);
  return new Set(codes.map(smdpHostOf));
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === "number") return `${text}[${key}]`;
    return text === "" ? String(key) : `${text}.${String(key)}`;
  }, "");
}
