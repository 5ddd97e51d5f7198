/**
 * What Microsoft Graph puts in `WWW-Authenticate` on a 401, including the claims challenge of
 * continuous access evaluation (CAE).
 */

/** Graph names its own app id as the resource it wants a token for. */
export const GRAPH_BEARER_CHALLENGE =
  'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"';

/** The client capability (MSAL's `clientCapabilities`, the token's `xms_cc`) that asks for CAE. */
export const CAE_CAPABILITY = "CP1";

/** Graph challenges only clients that can answer; the others keep their token until it expires. */
export function declaresCae(clientCapabilities: readonly string[]): boolean {
  return clientCapabilities.some(
    (capability) => capability.toUpperCase() === CAE_CAPABILITY.toUpperCase(),
  );
}

export interface ClaimsChallenge {
  status: 401;
  code: string;
  message: string;
  headers: Record<string, string>;
}

/**
 * Graph's answer to a token issued before its user's sessions were revoked: the claims (base64
 * JSON) ask for a token issued from now on, which a refresh with those claims provides.
 */
export function claimsChallenge(now: Date): ClaimsChallenge {
  const notBefore = String(Math.floor(now.getTime() / 1000));
  const claims = { access_token: { nbf: { essential: true, value: notBefore } } };
  const encoded = btoa(JSON.stringify(claims));
  return {
    status: 401,
    code: "InvalidAuthenticationToken",
    message:
      "Continuous access evaluation resulted in challenge with result: InteractionRequired and code: TokenIssuedBeforeRevocationTimestamp",
    headers: {
      "WWW-Authenticate": `${GRAPH_BEARER_CHALLENGE}, error="insufficient_claims", claims="${encoded}"`,
    },
  };
}
