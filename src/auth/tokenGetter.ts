import {
  InteractionRequiredAuthError,
  type AccountInfo,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import type { TokenGetter } from "../graph/clientTypes";
import { describeAuthError } from "./authMessages";
import { saveDraftsBeforeRedirect } from "./interactionDrafts";

/** A token could not be had; `message` is a sentence for the admin. */
export class TokenAcquisitionError extends Error {
  readonly errorCode: string | undefined;
  constructor(message: string, errorCode?: string) {
    super(message);
    this.name = "TokenAcquisitionError";
    this.errorCode = errorCode;
  }
}

/**
 * The one way to get a Graph token: silent first, and when Entra ID needs the user again,
 * keep unsaved form input and continue with a full-page redirect.
 */
export type TokenSource = Pick<
  IPublicClientApplication,
  "getActiveAccount" | "acquireTokenSilent" | "acquireTokenRedirect"
>;

export interface TokenGetterOptions {
  /** Where the page came from, to come back to after an interactive redirect. */
  currentPath: () => string;
  /** MSAL v5's bridge page (redirect.html): hidden-iframe renewal only completes through it. */
  silentRedirectUri: string;
}

export function createTokenGetter(msal: TokenSource, options: TokenGetterOptions): TokenGetter {
  // Parallel queries may all need the user at once: one redirect, the others wait for it.
  let redirecting: Promise<void> | undefined;

  const redirect = (scopes: string[], account: AccountInfo, claims: string | undefined) => {
    saveDraftsBeforeRedirect();
    redirecting ??= msal
      .acquireTokenRedirect({
        scopes,
        account,
        state: options.currentPath(),
        ...(claims ? { claims } : {}),
      })
      .catch((error: unknown) => {
        redirecting = undefined;
        throw new TokenAcquisitionError(describeAuthError(error), errorCodeOf(error));
      });
    return redirecting;
  };

  return async (scopes, request) => {
    const account = msal.getActiveAccount();
    if (!account) {
      throw new TokenAcquisitionError(
        "You are signed out. Sign in to continue.",
        "no_account_error",
      );
    }
    const claims = request?.claims;
    try {
      const result = await msal.acquireTokenSilent({
        scopes,
        account,
        redirectUri: options.silentRedirectUri,
        ...(claims ? { claims } : {}),
      });
      return result.accessToken;
    } catch (error) {
      if (!(error instanceof InteractionRequiredAuthError)) {
        throw new TokenAcquisitionError(describeAuthError(error), errorCodeOf(error));
      }
      await redirect(scopes, account, claims);
      throw new TokenAcquisitionError(
        "Microsoft Entra ID needs you to sign in again. Taking you there; what you typed is kept.",
        error.errorCode,
      );
    }
  };
}

function errorCodeOf(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "errorCode" in error
    ? String(error.errorCode)
    : undefined;
}
