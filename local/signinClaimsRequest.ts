/**
 * The OpenID `claims` request parameter as MSAL sends it on authorize and token requests, e.g.
 * `{"id_token":{…},"access_token":{"xms_cc":{"values":["CP1"]},"nbf":{"essential":true,"value":"…"}}}`:
 * the client's capabilities and, after a claims challenge, the claims the resource asked for.
 */
import { z } from "zod";

export interface ClaimsRequest {
  /** From `access_token.xms_cc.values`; empty when the client declared none. */
  clientCapabilities: string[];
  /** The other access token claims asked for (a challenge's), or null when there are none. */
  accessTokenClaims: Record<string, unknown> | null;
}

export type ParsedClaimsRequest = { ok: true; claims: ClaimsRequest } | { ok: false };

const claimRequests = z.record(z.string(), z.unknown());
const claimsParameter = z.looseObject({
  id_token: claimRequests.optional(),
  userinfo: claimRequests.optional(),
  access_token: z
    .looseObject({ xms_cc: z.object({ values: z.array(z.string()) }).optional() })
    .optional(),
});

const notBeforeRequest = z.object({ value: z.union([z.string().regex(/^\d+$/), z.int()]) });

const noClaims: ClaimsRequest = { clientCapabilities: [], accessTokenClaims: null };

/** A missing parameter asks for nothing; one that is not a JSON claims object is refused. */
export function parseClaimsRequest(value: string | undefined): ParsedClaimsRequest {
  if (value === undefined) return { ok: true, claims: noClaims };
  const parsed = claimsParameter.safeParse(parseJson(value));
  if (!parsed.success) return { ok: false };
  const { xms_cc: capabilities, ...asked } = parsed.data.access_token ?? {};
  return {
    ok: true,
    claims: {
      clientCapabilities: capabilities?.values ?? [],
      accessTokenClaims: Object.keys(asked).length > 0 ? asked : null,
    },
  };
}

function parseJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/**
 * The `nbf` a claims challenge asks for (`{"nbf":{"essential":true,"value":"<unix seconds>"}}`):
 * the new token must not be valid before the moment the resource saw a revocation.
 */
export function notBeforeAskedFor(
  accessTokenClaims: ClaimsRequest["accessTokenClaims"],
): number | undefined {
  const parsed = notBeforeRequest.safeParse(accessTokenClaims?.["nbf"]);
  return parsed.success ? Number(parsed.data.value) : undefined;
}

/** For the log: "" when nothing was asked, else e.g. " (capabilities CP1; claims asked: nbf)". */
export function describeClaims({ clientCapabilities, accessTokenClaims }: ClaimsRequest): string {
  const parts = [
    ...(clientCapabilities.length > 0 ? [`capabilities ${clientCapabilities.join(", ")}`] : []),
    ...(accessTokenClaims ? [`claims asked: ${Object.keys(accessTokenClaims).join(", ")}`] : []),
  ];
  return parts.length > 0 ? ` (${parts.join("; ")})` : "";
}

/** Entra's answer to a `claims` parameter it cannot read. */
export const invalidClaimsDescription = "AADSTS90100: claims parameter is empty or not valid.";
