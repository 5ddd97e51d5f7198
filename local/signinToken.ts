/**
 * The token endpoint: checks the grant (code or refresh token), who it belongs to and the `claims`
 * parameter, then lets oauth2-mock-server verify PKCE and sign the tokens, and makes them
 * Entra-shaped on the way.
 */
import type { IncomingMessage } from "node:http";
import express, { type Response, type Router } from "express";
import {
  Events,
  type MutableResponse,
  type MutableToken,
  type OAuth2Service,
} from "oauth2-mock-server";
import { accessTokenClaims, clientInfo, idTokenClaims, type TokenSubject } from "./signinClaims";
import {
  describeClaims,
  invalidClaimsDescription,
  notBeforeAskedFor,
  parseClaimsRequest,
  type ClaimsRequest,
} from "./signinClaimsRequest";
import type { ConsentGrants } from "./signinConsent";
import type { IssuedGrants } from "./signinGrants";
import { entraTokenError, formFields, type TokenError } from "./signinRequest";
import { decideGrant, grantedScopeString, type ResourceGrant } from "./signinScopes";
import { grantOwner, refusal, type GrantOwner, type Refusal } from "./signinTokenGrant";
import type { TokenRequestLog } from "./signinTokenRequests";

export interface TokenEndpointDeps {
  path: string;
  tenantId: string;
  grants: IssuedGrants;
  consents: ConsentGrants;
  tokenRequests: TokenRequestLog;
  appName: string;
  log: (line: string) => void;
}

interface ApprovedRequest {
  subject: TokenSubject;
  grant: ResourceGrant;
  claims: ClaimsRequest;
}

type Approval = { ok: true; approved: ApprovedRequest } | Refusal;

const refreshTokenLifetimeSeconds = 24 * 60 * 60;

export function tokenEndpoint(deps: TokenEndpointDeps, service: OAuth2Service): Router {
  const approvedRequests = new WeakMap<IncomingMessage, ApprovedRequest>();
  const router = express.Router();

  router.post(deps.path, express.urlencoded({ extended: false }), (req, res, next) => {
    const refuse = (problem: TokenError) => {
      const body = entraTokenError(problem, req.get("client-request-id"));
      res.status(400).set("Cache-Control", "no-store").json(body);
    };
    const form = formFields(req.body);
    const owner = grantOwner(deps.grants, form);
    if (!owner.ok) return refuse(owner);
    const parsedClaims = parseClaimsRequest(form.get("claims"));
    const claims = parsedClaims.ok ? parsedClaims.claims : undefined;
    recordWhenAnswered(deps, res, form.get("grant_type") ?? "", owner, claims);
    if (!claims) return refuse(refusal("invalid_request", invalidClaimsDescription));
    const approval = approve(deps, form, owner, claims);
    if (!approval.ok) return refuse(approval);
    approvedRequests.set(req, approval.approved);
    next();
  });

  service.on(Events.BeforeTokenSigning, (token: MutableToken, req: IncomingMessage) => {
    const approved = approvedRequests.get(req);
    if (!approved) return;
    const { subject, grant, claims } = approved;
    // The mock builds the access token first and gives only it a `scope` claim, which Entra never sets.
    if ("scope" in token.payload) {
      delete token.payload["scope"];
      Object.assign(token.payload, accessTokenClaims(subject, grant, claims.clientCapabilities));
      const notBefore = notBeforeAskedFor(claims.accessTokenClaims);
      if (notBefore !== undefined && notBefore > Number(token.payload.nbf)) {
        token.payload.nbf = notBefore;
      }
    } else {
      Object.assign(token.payload, idTokenClaims(subject));
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
    const scopes = approved.grant.scopes.join(" ");
    deps.log(`Tokens issued to ${user.displayName}: ${scopes}${describeClaims(approved.claims)}`);
  });

  return router;
}

function approve(
  deps: TokenEndpointDeps,
  form: Map<string, string>,
  owner: Extract<GrantOwner, { ok: true }>,
  claims: ClaimsRequest,
): Approval {
  const clientId = form.get("client_id") ?? "";
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
      claims,
    },
  };
}

/** Once answered, so the record holds the outcome (oauth2-mock-server may still refuse PKCE). */
function recordWhenAnswered(
  deps: TokenEndpointDeps,
  res: Response,
  grantType: string,
  owner: Extract<GrantOwner, { ok: true }>,
  claims: ClaimsRequest | undefined,
): void {
  res.once("finish", () =>
    deps.tokenRequests.record({
      grantType,
      user: owner.user.key,
      clientCapabilities: claims?.clientCapabilities ?? [],
      claims: claims?.accessTokenClaims ?? null,
      status: res.statusCode,
    }),
  );
}
