/** Whose grant a token request redeems: an authorization code (single use, PKCE) or a refresh token. */
import type { IssuedGrants } from "./signinGrants";
import type { TokenError } from "./signinRequest";
import type { DemoUser } from "./users";

export interface Refusal extends TokenError {
  ok: false;
}

export type GrantOwner = { ok: true; user: DemoUser; clientId: string; scope: string } | Refusal;

const expiredGrant =
  "AADSTS70008: The provided authorization code or refresh token has expired or was already used.";

export function grantOwner(grants: IssuedGrants, form: Map<string, string>): GrantOwner {
  switch (form.get("grant_type")) {
    case "authorization_code": {
      const issued = grants.redeemCode(form.get("code") ?? "");
      if (!issued) return refusal("invalid_grant", expiredGrant);
      // Without a verifier oauth2-mock-server skips its PKCE check, so it is required here.
      if (!form.get("code_verifier")) {
        return refusal("invalid_request", "The code_verifier is missing: this app must use PKCE.");
      }
      if (normalizedUrl(form.get("redirect_uri")) !== issued.redirectUri) {
        return refusal("invalid_grant", "The redirect_uri does not match the authorize request.");
      }
      return { ok: true, ...issued };
    }
    case "refresh_token": {
      const owner = grants.refreshTokenOwner(form.get("refresh_token") ?? "");
      if (!owner) return refusal("invalid_grant", expiredGrant);
      return { ok: true, ...owner, scope: "" };
    }
    default:
      return refusal(
        "unsupported_grant_type",
        "Only authorization_code and refresh_token grants are supported.",
      );
  }
}

export function refusal(error: string, description: string): Refusal {
  return { ok: false, error, description };
}

function normalizedUrl(value: string | undefined): string | undefined {
  return value !== undefined && URL.canParse(value) ? new URL(value).href : undefined;
}
