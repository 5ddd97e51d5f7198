/** Entra-shaped token contents: the claims MSAL and Graph expect. */
import { createHash, randomBytes } from "node:crypto";
import type { ResourceGrant } from "./signinScopes";
import type { DemoUser } from "./users";

export interface TokenSubject {
  user: DemoUser;
  tenantId: string;
  clientId: string;
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

/** Entra passes on only the capabilities the resource knows: Graph knows CP1 (claims challenges). */
const capabilitiesGraphKnows = ["CP1"];

export function accessTokenClaims(
  { user, tenantId, clientId }: TokenSubject,
  grant: ResourceGrant,
  declaredCapabilities: readonly string[],
): Record<string, unknown> {
  const capabilities = capabilitiesGraphKnows.filter((known) =>
    declaredCapabilities.some((declared) => declared.toUpperCase() === known),
  );
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
    ...(capabilities.length > 0 && { xms_cc: capabilities }),
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
