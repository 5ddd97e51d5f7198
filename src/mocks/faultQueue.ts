import { delay } from "msw";
import { z } from "zod";
import { graphErrorReply, type GraphReply } from "./graphReply";

export const faultRuleSchema = z
  .object({
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
    code: z.string().min(1).optional(),
    message: z.string().optional(),
    /** Extra response headers, e.g. a WWW-Authenticate claims challenge on a 401. */
    headers: z.record(z.string(), z.string()).optional(),
    /** How many matching requests get this fault. */
    times: z.number().int().min(1).default(1),
  })
  .refine((rule) => rule.status !== undefined || rule.drop === true || rule.delayMs !== undefined, {
    error: "A fault needs a status, drop or delayMs.",
  })
  .refine((rule) => !(rule.drop === true && rule.status !== undefined), {
    error: "A dropped connection has no status.",
  });

export type FaultRule = z.output<typeof faultRuleSchema>;
export type FaultRuleInput = z.input<typeof faultRuleSchema>;

export interface FaultQueue {
  /** Validates and appends; the first added matching rule wins. Throws a ZodError when invalid. */
  add(rules: FaultRuleInput | FaultRuleInput[]): void;
  clear(): void;
  /** Uses up one time of the first rule matching this request; removes it when used up. */
  take(method: string, pathname: string): FaultRule | undefined;
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
    take(method, pathname) {
      const rule = rules.find(
        (candidate) =>
          (candidate.method === undefined || candidate.method === method.toUpperCase()) &&
          pathname.includes(candidate.path),
      );
      if (!rule) return undefined;
      rule.times -= 1;
      if (rule.times === 0) rules = rules.filter((candidate) => candidate !== rule);
      return { ...rule };
    },
    pending() {
      return rules.map((rule) => ({ ...rule }));
    },
  };
}

const DEFAULTS: Record<number, { code: string; message: string }> = {
  400: { code: "BadRequest", message: "The request is not valid." },
  401: { code: "InvalidAuthenticationToken", message: "Access token validation failure." },
  403: { code: "Forbidden", message: "Application is not authorized to perform this operation." },
  404: { code: "ResourceNotFound", message: "The resource was not found." },
  409: { code: "Conflict", message: "The request conflicts with the current state." },
  429: { code: "TooManyRequests", message: "Too many requests. Retry after the given time." },
  503: { code: "ServiceUnavailable", message: "The service is temporarily unavailable." },
  504: { code: "GatewayTimeout", message: "The gateway timed out waiting for the service." },
};
const FALLBACK = { code: "InternalServerError", message: "An internal server error occurred." };

export type FaultOutcome = { kind: "drop" } | { kind: "reply"; reply: GraphReply } | undefined;

/** Waits out the rule's delay, then says how the exchange ends (undefined: as normal). */
export async function applyFault(rule: FaultRule): Promise<FaultOutcome> {
  if (rule.delayMs !== undefined) await delay(rule.delayMs);
  if (rule.drop === true) return { kind: "drop" };
  if (rule.status === undefined) return undefined;
  const defaults = DEFAULTS[rule.status] ?? FALLBACK;
  const reply = graphErrorReply(
    rule.status,
    rule.code ?? defaults.code,
    rule.message ?? defaults.message,
  );
  const retryAfter: Record<string, string> =
    rule.retryAfter === undefined ? {} : { "Retry-After": rule.retryAfter };
  return { kind: "reply", reply: { ...reply, headers: { ...retryAfter, ...rule.headers } } };
}
