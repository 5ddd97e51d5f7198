/**
 * The token endpoint: checks the grant (code or refresh token) and who it belongs to, then lets
 * oauth2-mock-server verify PKCE and sign the tokens, and makes them Entra-shaped on the way.
 */
import type { IncomingMessage } from "node:http";
import express, { type Router } from "express";
import {
  Events,
  type MutableResponse,
  type MutableToken,
  type OAuth2Service,
} from "oauth2-mock-server";
import { accessTokenClaims, clientInfo, idTokenClaims, type TokenSubject } from "./signinClaims";
import type { ConsentGrants } from "./signinConsent";
import { entraTokenError, formFields } from "./signinRequest";
import { decideGrant, grantedScopeString, type ResourceGrant } from "./signinScopes";
import type { IssuedGrants } from "./signinGrants";
import type { DemoUser } from "./users";

export interface TokenEndpointDeps {
  path: string;
  tenantId: string;
  grants: IssuedGrants;
  consents: ConsentGrants;
  appName: string;
  log: (line: string) => void;
}

interface ApprovedRequest {
  subject: TokenSubject;
  grant: ResourceGrant;
}

interface Refusal {
  ok: false;
  error: string;
  description: string;
  suberror?: string;
}

type Approval = { ok: true; approved: ApprovedRequest } | Refusal;

const refreshTokenLifetimeSeconds = 24 * 60 * 60;
const expiredGrant =
  "AADSTS70008: The provided authorization code or refresh token has expired or was already used.";

export function tokenEndpoint(deps: TokenEndpointDeps, service: OAuth2Service): Router {
  const approvedRequests = new WeakMap<IncomingMessage, ApprovedRequest>();
  const router = express.Router();

  router.post(deps.path, express.urlencoded({ extended: false }), (req, res, next) => {
    const approval = approve(deps, formFields(req.body));
    if (!approval.ok) {
      const body = entraTokenError(approval, req.get("client-request-id"));
      return void res.status(400).set("Cache-Control", "no-store").json(body);
    }
    approvedRequests.set(req, approval.approved);
    next();
  });

  service.on(Events.BeforeTokenSigning, (token: MutableToken, req: IncomingMessage) => {
    const approved = approvedRequests.get(req);
    if (!approved) return;
    // The mock builds the access token first and gives only it a `scope` claim, which Entra never sets.
    if ("scope" in token.payload) {
      delete token.payload["scope"];
      Object.assign(token.payload, accessTokenClaims(approved.subject, approved.grant));
    } else {
      Object.assign(token.payload, idTokenClaims(approved.subject));
    }
  });

  service.on(Events.BeforeResponse, (response: MutableResponse, req: IncomingMessage) => {
    const approved = approvedRequests.get(req);
    if (!approved || response.statusCode !== 200 || response.body === "") return;
    const { user, clientId } = approved.subject;
    Object.assign(response.body, {
      scope: grantedScopeString(approved.grant),
      refresh_token: deps.grants.issueRefreshToken({ user, clientId }),
      refresh_token_expires_in: refreshTokenLifetimeSeconds,
      ext_expires_in: response.body["expires_in"],
      client_info: clientInfo(user, deps.tenantId),
    });
    deps.log(`Tokens issued to ${user.displayName}: ${approved.grant.scopes.join(" ")}`);
  });

  return router;
}

function approve(deps: TokenEndpointDeps, form: Map<string, string>): Approval {
  const clientId = form.get("client_id") ?? "";
  const owner = grantOwner(deps, form);
  if (!owner.ok) return owner;
  if (owner.clientId !== clientId) {
    return refusal("invalid_grant", "The grant was issued to another client_id.");
  }
  const consented = deps.consents.consented(owner.user);
  const decision = decideGrant(form.get("scope") ?? owner.scope, owner.user, consented, {
    clientId,
    name: deps.appName,
  });
  if (!decision.ok) {
    if (decision.suberror) {
      const missing = decision.missing?.join(" ") || "any permission";
      deps.log(`Tokens refused to ${owner.user.displayName}: no consent for ${missing}`);
    }
    return decision;
  }
  return {
    ok: true,
    approved: {
      subject: { user: owner.user, clientId, tenantId: deps.tenantId },
      grant: decision.grant,
    },
  };
}

type GrantOwner = { ok: true; user: DemoUser; clientId: string; scope: string } | Refusal;

function grantOwner(deps: TokenEndpointDeps, form: Map<string, string>): GrantOwner {
  switch (form.get("grant_type")) {
    case "authorization_code": {
      const issued = deps.grants.redeemCode(form.get("code") ?? "");
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
      const owner = deps.grants.refreshTokenOwner(form.get("refresh_token") ?? "");
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

function refusal(error: string, description: string): Refusal {
  return { ok: false, error, description };
}

function normalizedUrl(value: string | undefined): string | undefined {
  return value !== undefined && URL.canParse(value) ? new URL(value).href : undefined;
}
