import {
  BrowserCacheLocation,
  PublicClientApplication,
  type AuthenticationResult,
} from "@azure/msal-browser";
import type { AppConfig } from "../config/appConfig";

/** What this app can handle, sent on every token request (`xms_cc`). */
export const clientCapabilities = ["CP1"] as const;

/** Bridge page for popup and silent-iframe flows (MSAL v5): see redirect.html. */
export function bridgeUri(appUrl: string): string {
  return new URL("redirect.html", appUrl).href;
}

export function createMsal(config: AppConfig): PublicClientApplication {
  return new PublicClientApplication({
    auth: {
      clientId: config.auth.clientId,
      authority: config.auth.authority,
      knownAuthorities: config.auth.knownAuthorities,
      ...(config.auth.authorityMetadata
        ? { authorityMetadata: config.auth.authorityMetadata }
        : {}),
      redirectUri: config.auth.redirectUri,
      postLogoutRedirectUri: config.auth.redirectUri,
      // Continuous access evaluation: only a client declaring CP1 gets Graph's claims challenges
      // (a revoked session, a new Conditional Access rule) instead of a token honoured until it
      // expires. The Graph client answers a challenge with one fresh token and one retry.
      clientCapabilities: [...clientCapabilities],
    },
    cache: { cacheLocation: BrowserCacheLocation.SessionStorage },
  });
}

/**
 * Initializes MSAL and completes a pending redirect before the first render, so the router
 * never sees the auth response in the URL and the active account is set on login.
 */
export async function startMsal(
  msal: PublicClientApplication,
): Promise<AuthenticationResult | null> {
  await msal.initialize();
  const result = await msal.handleRedirectPromise({ navigateToLoginRequestUrl: false });
  if (result?.account) msal.setActiveAccount(result.account);
  if (!msal.getActiveAccount()) {
    const [first] = msal.getAllAccounts();
    if (first) msal.setActiveAccount(first);
  }
  return result;
}
