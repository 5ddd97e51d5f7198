import {
  type CloudName,
  defaultGraphBaseUrl,
  defaultGraphScopes,
  defaultGroupScopes,
} from "./clouds";
import type { RawAppConfig } from "./schema";

/** config.json with every default filled in: what the rest of the app reads. */
export interface AppConfig {
  cloud: CloudName;
  demo: boolean;
  auth: {
    clientId: string;
    authority: string;
    knownAuthorities: string[];
    /** OpenID discovery JSON as MSAL wants it (a string); absent means discover from the authority. */
    authorityMetadata: string | undefined;
    redirectUri: string;
  };
  graph: {
    baseUrl: string;
    /** What sign-in and every eSIM request ask for. */
    scopes: string[];
    /** Asked for only when groups are searched or named (incremental consent). */
    groupScopes: string[];
  };
}

export function resolveConfig(raw: RawAppConfig, appUrl: string): AppConfig {
  const cloud = raw.cloud ?? "global";
  const metadata = raw.auth.authorityMetadata;
  return {
    cloud,
    demo: raw.demo ?? false,
    auth: {
      clientId: raw.auth.clientId,
      authority: raw.auth.authority,
      knownAuthorities: raw.auth.knownAuthorities ?? [],
      authorityMetadata:
        typeof metadata === "string" ? metadata : metadata && JSON.stringify(metadata),
      redirectUri: raw.auth.redirectUri ?? appUrl,
    },
    graph: {
      baseUrl: (raw.graph?.baseUrl ?? defaultGraphBaseUrl(cloud)).replace(/\/+$/, ""),
      scopes: raw.graph?.scopes ?? defaultGraphScopes(cloud),
      groupScopes: raw.graph?.groupScopes ?? defaultGroupScopes(cloud),
    },
  };
}
