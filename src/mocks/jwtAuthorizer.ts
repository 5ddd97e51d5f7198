import { createRemoteJWKSet, errors, jwtVerify } from "jose";
import {
  authorizeScopes,
  EMPTY_TOKEN_MESSAGE,
  invalidToken,
  readBearerToken,
  type Authorize,
} from "./authorization";

export interface JwtAuthorizerOptions {
  jwksUri: string;
  /** The accepted issuer, or several (one provider reached at more than one authority). */
  issuer: string | readonly string[];
  audience: string;
}

/**
 * Checks signature (keys from the sign-in server's JWKS), issuer, audience, lifetime, then scp;
 * reports the client capabilities the token declares (`xms_cc`).
 */
export function createJwtAuthorizer({
  jwksUri,
  issuer,
  audience,
}: JwtAuthorizerOptions): Authorize {
  const keys = createRemoteJWKSet(new URL(jwksUri));
  const issuers = typeof issuer === "string" ? issuer : [...issuer];
  return async (request, need) => {
    const token = readBearerToken(request);
    if (token === undefined) return invalidToken(EMPTY_TOKEN_MESSAGE);
    try {
      const { payload } = await jwtVerify(token, keys, { issuer: issuers, audience });
      const scopes = typeof payload.scp === "string" ? payload.scp.split(" ").filter(Boolean) : [];
      return authorizeScopes(
        request,
        { scopes, clientCapabilities: stringsIn(payload.xms_cc) },
        need,
      );
    } catch (error) {
      return invalidToken(describeTokenFailure(error));
    }
  };
}

function stringsIn(claim: unknown): string[] {
  return Array.isArray(claim)
    ? claim.filter((item): item is string => typeof item === "string")
    : [];
}

/** Graph's wording for the common failures; never echoes the token. */
function describeTokenFailure(error: unknown): string {
  if (error instanceof errors.JWTExpired) return "Access token has expired or is not yet valid.";
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === "nbf") return "Access token has expired or is not yet valid.";
    if (error.claim === "aud") return "Access token validation failure. Invalid audience.";
    if (error.claim === "iss") return "Access token validation failure. Invalid issuer.";
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return "Access token validation failure. Invalid signature.";
  }
  if (error instanceof errors.JWKSNoMatchingKey) {
    return "Access token validation failure. Signing key not found.";
  }
  return "Access token validation failure.";
}
