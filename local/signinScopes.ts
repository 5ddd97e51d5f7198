/** Which Graph permissions a request asks for, and which a user gets: held and consented ones. */
import { notConsentedDescription, type RegisteredApp } from "./signinConsent";
import type { DemoUser } from "./users";

const graphResource = "https://graph.microsoft.com";
const openIdScopes = new Set(["openid", "profile", "email", "offline_access"]);

export interface ResourceGrant {
  audience: string;
  /** Short permission names, as in the access token's `scp`. */
  scopes: readonly string[];
}

export type GrantDecision =
  | { ok: true; grant: ResourceGrant }
  | {
      ok: false;
      error: string;
      description: string;
      suberror?: string;
      /** The requested permissions that are not consented, for the log. */
      missing?: readonly string[];
    };

/** Requested Graph permissions the consented ones do not cover, by who could grant them. */
export interface ScopeShortfall {
  missing: string[];
  /** Held by the user but not consented: the consent page may ask the user for these. */
  consentable: string[];
  /** Not held: only an administrator can grant these. */
  notHeld: string[];
}

/**
 * Like Entra, the token carries every consented permission the user holds for the resource, not
 * only the requested ones. A request the consented permissions do not cover needs consent first.
 */
export function decideGrant(
  requestedScope: string,
  user: DemoUser,
  consented: readonly string[],
  app: RegisteredApp,
): GrantDecision {
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
  const { missing } = scopeShortfall(requestedScope, user, consented);
  if (missing.length > 0 || consented.length === 0) {
    const description = notConsentedDescription(app);
    return {
      ok: false,
      error: "invalid_grant",
      suberror: "consent_required",
      description,
      missing,
    };
  }
  return { ok: true, grant: { audience, scopes: consented } };
}

export function scopeShortfall(
  requestedScope: string,
  user: DemoUser,
  consented: readonly string[],
): ScopeShortfall {
  const missing = new Set<string>();
  const consentable = new Set<string>();
  const notHeld = new Set<string>();
  for (const scope of requestedGraphScopes(requestedScope)) {
    if (covers(consented, scope)) continue;
    missing.add(scope);
    if (!covers(user.graphScopes, scope)) {
      notHeld.add(scope);
    } else if (user.graphScopes.includes(scope)) {
      consentable.add(scope);
    } else {
      user.graphScopes.filter(isDeviceManagement).forEach((held) => consentable.add(held));
    }
  }
  return { missing: [...missing], consentable: [...consentable], notHeld: [...notHeld] };
}

/**
 * Any DeviceManagementConfiguration.* permission covers a request for another: a read-only user
 * asking for ReadWrite gets a Read token, and the Graph emulator refuses the writes.
 */
function covers(permissions: readonly string[], scope: string): boolean {
  return (
    permissions.includes(scope) ||
    (isDeviceManagement(scope) && permissions.some(isDeviceManagement))
  );
}

function isDeviceManagement(scope: string): boolean {
  return scope.startsWith("DeviceManagementConfiguration.");
}

/** Short names of the requested Graph permissions; `.default` asks for no one permission. */
function requestedGraphScopes(requestedScope: string): string[] {
  return requestedScope
    .split(" ")
    .filter((scope) => scope !== "" && !openIdScopes.has(scope.toLowerCase()))
    .filter((scope) => resourceOf(scope) === graphResource)
    .map((scope) => scope.slice(scope.lastIndexOf("/") + 1))
    .filter((scope) => scope !== ".default");
}

/** The token response's `scope`: granted permissions fully qualified, plus the OpenID ones. */
export function grantedScopeString(grant: ResourceGrant): string {
  const qualified = grant.scopes.map((scope) => `${grant.audience}/${scope}`);
  return [...qualified, "openid", "profile", "offline_access"].join(" ");
}

/** `https://graph.microsoft.com/X` -> `https://graph.microsoft.com`; a bare `X` means Graph, as in Entra. */
function resourceOf(scope: string): string {
  if (!scope.includes("://")) return graphResource;
  return scope.slice(0, scope.lastIndexOf("/"));
}

function refuse(error: string, description: string): GrantDecision {
  return { ok: false, error, description };
}
