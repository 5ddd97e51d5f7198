/** How an injected fault answers: Graph's code and message for a status, or a claims challenge. */
import { delay } from "msw";
import type { FaultRule } from "./faultQueue";
import { claimsChallenge } from "./graphChallenge";
import { graphErrorReply, type GraphReply } from "./graphReply";

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
  const answer = faultAnswer(rule);
  if (answer === undefined) return undefined;
  const reply = graphErrorReply(
    answer.status,
    rule.code ?? answer.code,
    rule.message ?? answer.message,
  );
  const retryAfter: Record<string, string> =
    rule.retryAfter === undefined ? {} : { "Retry-After": rule.retryAfter };
  const headers = { ...answer.headers, ...retryAfter, ...rule.headers };
  return { kind: "reply", reply: { ...reply, headers } };
}

interface FaultAnswer {
  status: number;
  code: string;
  message: string;
  headers: Record<string, string>;
}

function faultAnswer(rule: FaultRule): FaultAnswer | undefined {
  if (rule.claimsChallenge === true) return claimsChallenge(new Date());
  if (rule.status === undefined) return undefined;
  return { status: rule.status, ...(DEFAULTS[rule.status] ?? FALLBACK), headers: {} };
}
