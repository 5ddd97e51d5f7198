import type { AppConfig } from "../src/config/appConfig";
import { cloudDiscovery, instanceDiscoveryOrigin, msalEndpointHosts } from "./msalAuthorities";

export interface SignInOrigins {
  /** Requested with fetch: instance discovery, OpenID discovery, the token endpoint. */
  fetched: string[];
  /** Loaded in MSAL's hidden renewal iframe: the authorize endpoint. */
  framed: string[];
  /**
   * Set when neither config.json nor MSAL itself knows the endpoints: MSAL reads them from this
   * origin's OpenID discovery document, and they are assumed to live on the same origin.
   */
  discoveredFrom?: string;
}

type SignInSettings = Pick<
  AppConfig["auth"],
  "authority" | "knownAuthorities" | "authorityMetadata"
>;

export function signInOrigins(auth: SignInSettings): SignInOrigins {
  const authority = new URL(auth.authority);
  const discovery = cloudDiscovery(authority.host, auth.knownAuthorities);
  // Without metadata, discovery and every endpoint live on the preferred host (built-in table or
  // that host's discovery document); the authority's own origin is kept for the aliases.
  const preferred = `${authority.protocol}//${discovery.preferredHost}`;
  const signIn = [authority.origin, preferred];
  const askMicrosoft = discovery.asksMicrosoft ? [instanceDiscoveryOrigin] : [];
  if (!auth.authorityMetadata) {
    const origins = { fetched: [...signIn, ...askMicrosoft], framed: signIn };
    if (msalEndpointHosts.includes(discovery.preferredHost)) return origins;
    return { ...origins, discoveredFrom: preferred };
  }
  const metadata = JSON.parse(auth.authorityMetadata) as unknown;
  return {
    fetched: [...signIn, ...askMicrosoft, ...endpointOrigin(metadata, "token_endpoint")],
    framed: endpointOrigin(metadata, "authorization_endpoint"),
  };
}

/** The origin of one endpoint in OpenID discovery JSON; MSAL cannot use a missing one anyway. */
function endpointOrigin(metadata: unknown, key: string): string[] {
  if (typeof metadata !== "object" || metadata === null) return [];
  const value: unknown = (metadata as Record<string, unknown>)[key];
  if (typeof value !== "string" || !URL.canParse(value)) return [];
  const url = new URL(value);
  return url.protocol === "https:" || url.protocol === "http:" ? [url.origin] : [];
}
