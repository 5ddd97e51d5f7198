/**
 * Entra ID's endpoint layout. MSAL (protocolMode AAD) rewrites the first path segment of every
 * endpoint to the tenant id, so each path must start with `/<tenant>/`.
 */
export interface EntraPaths {
  discovery: string;
  authorize: string;
  token: string;
  keys: string;
  logout: string;
}

export function entraPaths(tenantId: string): EntraPaths {
  const tenant = `/${encodeURIComponent(tenantId)}`;
  return {
    discovery: `${tenant}/v2.0/.well-known/openid-configuration`,
    authorize: `${tenant}/oauth2/v2.0/authorize`,
    token: `${tenant}/oauth2/v2.0/token`,
    keys: `${tenant}/discovery/v2.0/keys`,
    logout: `${tenant}/oauth2/v2.0/logout`,
  };
}

/** The OpenID discovery document: the https issuer, but endpoints on this loopback server. */
export function discoveryDocument(
  origin: string,
  paths: EntraPaths,
  issuer: string,
  tenantId: string,
): Record<string, unknown> {
  return {
    issuer,
    authorization_endpoint: origin + paths.authorize,
    token_endpoint: origin + paths.token,
    end_session_endpoint: origin + paths.logout,
    jwks_uri: origin + paths.keys,
    tenant_region_scope: "WW",
    tenant_id: tenantId,
    response_types_supported: ["code"],
    response_modes_supported: ["query", "fragment"],
    grant_types_supported: ["authorization_code", "refresh_token"],
    code_challenge_methods_supported: ["S256"],
    subject_types_supported: ["pairwise"],
    id_token_signing_alg_values_supported: ["RS256"],
    token_endpoint_auth_methods_supported: ["none"],
    scopes_supported: ["openid", "profile", "email", "offline_access"],
    claims_supported: ["sub", "iss", "aud", "exp", "iat", "nonce", "name", "oid", "tid", "ver"],
  };
}
