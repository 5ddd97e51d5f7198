/**
 * Where MSAL (msal-browser v5, msal-common v16) sends the browser for a configured authority,
 * following its Authority.resolveEndpointsAsync: cloud discovery picks the host it really talks
 * to (preferred_network), endpoint metadata then comes from config, MSAL's built-in table, or the
 * OpenID discovery document on that host.
 */

interface AliasGroup {
  preferredNetwork: string;
  aliases: readonly string[];
}

/**
 * MSAL's built-in instance metadata (msal-common's AuthorityMetadata.mjs, `rawMetdataJSON`): an
 * authority on any alias is rewritten to the group's preferred network before the first request.
 * msalAuthorities.test.ts compares this copy with the installed MSAL.
 */
export const msalAliasGroups: readonly AliasGroup[] = [
  {
    preferredNetwork: "login.microsoftonline.com",
    aliases: [
      "login.microsoftonline.com",
      "login.windows.net",
      "login.microsoft.com",
      "sts.windows.net",
    ],
  },
  {
    preferredNetwork: "login.partner.microsoftonline.cn",
    aliases: ["login.partner.microsoftonline.cn", "login.chinacloudapi.cn"],
  },
  { preferredNetwork: "login.microsoftonline.de", aliases: ["login.microsoftonline.de"] },
  {
    preferredNetwork: "login.microsoftonline.us",
    aliases: ["login.microsoftonline.us", "login.usgovcloudapi.net"],
  },
  { preferredNetwork: "login-us.microsoftonline.com", aliases: ["login-us.microsoftonline.com"] },
  { preferredNetwork: "login.sovcloud-identity.fr", aliases: ["login.sovcloud-identity.fr"] },
  { preferredNetwork: "login.sovcloud-identity.de", aliases: ["login.sovcloud-identity.de"] },
  { preferredNetwork: "login.sovcloud-identity.sg", aliases: ["login.sovcloud-identity.sg"] },
];

/** Hosts whose endpoints MSAL knows without reading a discovery document (`EndpointMetadata`). */
export const msalEndpointHosts: readonly string[] = [
  "login.microsoftonline.com",
  "login.partner.microsoftonline.cn",
  "login.microsoftonline.us",
  "login.sovcloud-identity.fr",
  "login.sovcloud-identity.de",
  "login.sovcloud-identity.sg",
];

/** An authority host that is neither known nor built in is checked with Microsoft first. */
export const instanceDiscoveryOrigin = "https://login.microsoftonline.com";

const ciamHostSuffix = ".ciamlogin.com";

export interface CloudDiscovery {
  /** The host MSAL puts into every endpoint URL it builds. */
  preferredHost: string;
  /** Whether MSAL asks the instance discovery endpoint about the host first. */
  asksMicrosoft: boolean;
}

/** Cloud discovery in MSAL's order: CIAM, knownAuthorities, built-in aliases, else the network. */
export function cloudDiscovery(host: string, knownAuthorities: readonly string[]): CloudDiscovery {
  const normalized = host.toLowerCase();
  if (normalized.endsWith(ciamHostSuffix) || knownAuthorities.some(isHost(normalized))) {
    return { preferredHost: normalized, asksMicrosoft: false };
  }
  const group = msalAliasGroups.find((candidate) => candidate.aliases.includes(normalized));
  if (group) return { preferredHost: group.preferredNetwork, asksMicrosoft: false };
  // A custom domain the instance discovery endpoint vouches for keeps its own host.
  return { preferredHost: normalized, asksMicrosoft: true };
}

/** knownAuthorities entries may be hosts or URLs: MSAL compares what sits before the path. */
function isHost(host: string): (knownAuthority: string) => boolean {
  return (knownAuthority) => {
    const match = /^(?:[^:/?#]+:\/\/)?([^/?#]*)/.exec(knownAuthority);
    return match?.[1]?.toLowerCase() === host;
  };
}
