/** Entra-shaped token contents: which permissions a user gets, and the claims MSAL and Graph expect. */
import { createHash, randomBytes } from "node:crypto";
import type { DemoUser } from "./users";

const graphResource = "https://graph.microsoft.com";
const openIdScopes = new Set(["openid", "profile", "email", "offline_access"]);

export interface ResourceGrant {
  audience: string;
  /** Short permission names, as in the access token's `scp`. */
  scopes: readonly string[];
}

export type GrantDecision =
  { ok: true; grant: ResourceGrant } | { ok: false; error: string; description: string };

export interface TokenSubject {
  user: DemoUser;
  tenantId: string;
  clientId: string;
}

/**
 * Like Entra, the token carries every permission the user holds for the resource, not only the
 * requested ones: the seeded grants stand in for consent plus role, so an app asking a read-only
 * user for ReadWrite gets Read.
 */
export function decideGrant(requestedScope: string, user: DemoUser): GrantDecision {
  const resources = new Set(
    requestedScope
      .split(" ")
      .filter((scope) => scope !== "" && !openIdScopes.has(scope.toLowerCase()))
      .map(resourceOf),
  );
  if (resources.size > 1) {
    return refuse("invalid_scope", "AADSTS28000: The scope contains more than one resource.");
  }
  const [audience = graphResource] = resources;
  if (audience !== graphResource) {
    return refuse(
      "invalid_resource",
      `AADSTS500011: The resource ${audience} was not found in the demo tenant.`,
    );
  }
  if (user.graphScopes.length === 0) {
    return refuse(
      "invalid_grant",
      "AADSTS65001: The user has not consented to use the application.",
    );
  }
  return { ok: true, grant: { audience, scopes: user.graphScopes } };
}

/** The token response's `scope`: granted permissions fully qualified, plus the OpenID ones. */
export function grantedScopeString(grant: ResourceGrant): string {
  const qualified = grant.scopes.map((scope) => `${grant.audience}/${scope}`);
  return [...qualified, "openid", "profile", "offline_access"].join(" ");
}

export function idTokenClaims({ user, tenantId, clientId }: TokenSubject): Record<string, unknown> {
  return {
    aud: clientId,
    tid: tenantId,
    oid: user.oid,
    sub: pairwiseSubject(user, clientId),
    preferred_username: user.userPrincipalName,
    name: user.displayName,
    uti: uniqueTokenId(),
    ver: "2.0",
  };
}

export function accessTokenClaims(
  { user, tenantId, clientId }: TokenSubject,
  grant: ResourceGrant,
): Record<string, unknown> {
  return {
    aud: grant.audience,
    scp: grant.scopes.join(" "),
    tid: tenantId,
    oid: user.oid,
    sub: pairwiseSubject(user, grant.audience),
    name: user.displayName,
    upn: user.userPrincipalName,
    unique_name: user.userPrincipalName,
    appid: clientId,
    appidacr: "0",
    idtyp: "user",
    amr: ["pwd"],
    uti: uniqueTokenId(),
    ver: "1.0",
  };
}

/** MSAL builds the Entra home account id (`<uid>.<utid>`) from this. */
export function clientInfo(user: DemoUser, tenantId: string): string {
  return Buffer.from(JSON.stringify({ uid: user.oid, utid: tenantId })).toString("base64url");
}

/** Entra's `sub` differs per audience and never equals `oid`; a stable hash behaves the same way. */
function pairwiseSubject(user: DemoUser, audience: string): string {
  return createHash("sha256").update(`${user.oid}|${audience}`).digest("base64url").slice(0, 43);
}

/** Entra's per-token id: two tokens issued in the same second still differ. */
function uniqueTokenId(): string {
  return randomBytes(16).toString("base64url");
}

/** `https://graph.microsoft.com/X` -> `https://graph.microsoft.com`; a bare `X` means Graph, as in Entra. */
function resourceOf(scope: string): string {
  if (!scope.includes("://")) return graphResource;
  return scope.slice(0, scope.lastIndexOf("/"));
}

function refuse(error: string, description: string): GrantDecision {
  return { ok: false, error, description };
}
