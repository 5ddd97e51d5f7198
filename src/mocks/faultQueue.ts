import { z } from "zod";
import { declaresCae } from "./graphChallenge";

// Strict: a misspelt option (`claimChallenge`) is refused, not silently dropped.
export const faultRuleSchema = z
  .strictObject({
    /** Any method when left out. */
    method: z.string().min(1).toUpperCase().optional(),
    /** Substring of the URL pathname, case-sensitive. */
    path: z.string().min(1),
    status: z.number().int().min(400).max(599).optional(),
    /** Sent verbatim, so tests can also send an unreadable value. */
    retryAfter: z.string().min(1).optional(),
    delayMs: z.number().int().min(0).max(120_000).optional(),
    /** No response at all: a network error for the client. */
    drop: z.boolean().optional(),
    /** Let the real handler run (and store its change) first: "the response was lost". */
    afterHandler: z.boolean().optional(),
    /**
     * Graph's continuous access evaluation: a 401 claims challenge, only for requests whose token
     * declares CP1; other requests pass as normal and leave the rule waiting.
     */
    claimsChallenge: z.boolean().optional(),
    code: z.string().min(1).optional(),
    message: z.string().optional(),
    /** Extra response headers, e.g. a WWW-Authenticate claims challenge on a 401. */
    headers: z.record(z.string(), z.string()).optional(),
    /** How many matching requests get this fault. */
    times: z.number().int().min(1).default(1),
    /**
     * Let this many matching requests through untouched before the fault applies; they do not
     * use up `times`. `{ path: "/deviceStates", status: 500, pass: 2 }` fails the third page.
     */
    pass: z.number().int().min(1).optional(),
  })
  .refine(
    (rule) =>
      rule.status !== undefined ||
      rule.drop === true ||
      rule.delayMs !== undefined ||
      rule.claimsChallenge === true,
    { error: "A fault needs a status, drop, delayMs or claimsChallenge." },
  )
  .refine((rule) => !(rule.drop === true && rule.status !== undefined), {
    error: "A dropped connection has no status.",
  })
  .refine(
    (rule) =>
      rule.claimsChallenge !== true ||
      (rule.drop !== true && rule.afterHandler !== true && (rule.status ?? 401) === 401),
    {
      error:
        "A claims challenge is a 401 sent before the request is handled: no drop, afterHandler or other status.",
    },
  );

export type FaultRule = z.output<typeof faultRuleSchema>;
export type FaultRuleInput = z.input<typeof faultRuleSchema>;

export interface FaultQueue {
  /** Validates and appends; the first added matching rule wins. Throws a ZodError when invalid. */
  add(rules: FaultRuleInput | FaultRuleInput[]): void;
  clear(): void;
  /**
   * Uses up one time of the first rule matching this request, or one of its passes (then the
   * request goes through untouched); removes it when used up.
   * `clientCapabilities` are the request token's (`xms_cc`): claims challenges need CP1.
   */
  take(
    method: string,
    pathname: string,
    clientCapabilities: readonly string[],
  ): FaultRule | undefined;
  /** Rules still waiting, with the times they have left. */
  pending(): FaultRule[];
}

export function createFaultQueue(): FaultQueue {
  let rules: FaultRule[] = [];

  return {
    add(input) {
      const added = z.array(faultRuleSchema).parse(Array.isArray(input) ? input : [input]);
      rules = [...rules, ...added];
    },
    clear() {
      rules = [];
    },
    take(method, pathname, clientCapabilities) {
      const rule = rules.find(
        (candidate) =>
          (candidate.method === undefined || candidate.method === method.toUpperCase()) &&
          pathname.includes(candidate.path) &&
          (candidate.claimsChallenge !== true || declaresCae(clientCapabilities)),
      );
      if (!rule) return undefined;
      if (rule.pass !== undefined && rule.pass > 0) {
        rule.pass -= 1;
        return undefined;
      }
      rule.times -= 1;
      if (rule.times === 0) rules = rules.filter((candidate) => candidate !== rule);
      return { ...rule };
    },
    pending() {
      return rules.map((rule) => ({ ...rule }));
    },
  };
}
