import {
  BrowserAuthErrorCodes,
  InteractionRequiredAuthError,
  type AccountInfo,
  type IPublicClientApplication,
} from "@azure/msal-browser";
import type { TokenGetter } from "../graph/clientTypes";
import { describeAuthError } from "./authMessages";
import { saveDraftsBeforeRedirect } from "./interactionDrafts";

/**
 * Why a token could not be had, for screens that react differently: `interactionRequired`
 * (Entra ID needs the user; nothing was shown yet), `refused` (consent or the permission was
 * refused), `cancelled` (the sign-in window was closed), `failed` (anything else).
 */
export type TokenFailureReason = "interactionRequired" | "refused" | "cancelled" | "failed";

/** A token could not be had; `message` is a sentence for the admin. */
export class TokenAcquisitionError extends Error {
  readonly errorCode: string | undefined;
  readonly reason: TokenFailureReason;
  constructor(message: string, errorCode?: string, reason: TokenFailureReason = "failed") {
    super(message);
    this.name = "TokenAcquisitionError";
    this.errorCode = errorCode;
    this.reason = reason;
  }
}

export function isTokenAcquisitionError(error: unknown): error is TokenAcquisitionError {
  return error instanceof TokenAcquisitionError;
}

export type TokenSource = Pick<
  IPublicClientApplication,
  "getActiveAccount" | "acquireTokenSilent" | "acquireTokenRedirect" | "acquireTokenPopup"
>;

export interface TokenGetterOptions {
  /** Where the page came from, to come back to after an interactive redirect. */
  currentPath: () => string;
  /** MSAL v5's bridge page (redirect.html): popups and hidden-iframe renewal complete through it. */
  bridgeUri: string;
}

/**
 * Asks Entra ID with the user, in a popup through the bridge page so the form is not left. A
 * blocked popup continues as a full-page redirect (unsaved input is kept); that never returns.
 */
export type InteractiveTokenRequest = (scopes: readonly string[]) => Promise<void>;

const popupBlockedCodes = new Set<string>([
  BrowserAuthErrorCodes.emptyWindowError,
  BrowserAuthErrorCodes.popupWindowError,
]);
const refusalCodes = new Set(["access_denied", "consent_required", "invalid_scope"]);
// Consent needed or declined, admin approval needed, the permission missing from the registration.
const refusalAadCodes = /AADSTS(65001|65004|90094|90008|650056|650057|65005)\b/;

export function createTokenGetter(msal: TokenSource, options: TokenGetterOptions): TokenGetter {
  // Parallel queries may all need the user at once: one redirect, the others wait for it.
  let redirecting: Promise<void> | undefined;

  const redirect = (scopes: readonly string[], account: AccountInfo, claims?: string) => {
    saveDraftsBeforeRedirect();
    redirecting ??= msal
      .acquireTokenRedirect({
        scopes: [...scopes],
        account,
        state: options.currentPath(),
        ...(claims ? { claims } : {}),
      })
      .catch((error: unknown) => {
        redirecting = undefined;
        throw failure(error);
      });
    return redirecting;
  };

  const getToken: TokenGetter = async (scopes, request) => {
    const account = activeAccount(msal);
    const claims = request?.claims;
    try {
      const result = await msal.acquireTokenSilent({
        scopes: [...scopes],
        account,
        redirectUri: options.bridgeUri,
        ...(claims ? { claims } : {}),
      });
      return result.accessToken;
    } catch (error) {
      if (!(error instanceof InteractionRequiredAuthError)) throw failure(error);
      if (request?.interaction === "fail") {
        throw new TokenAcquisitionError(
          "Microsoft Entra ID needs you to sign in again or confirm first.",
          error.errorCode,
          "interactionRequired",
        );
      }
      await redirect(scopes, account, claims);
      throw new TokenAcquisitionError(
        "Microsoft Entra ID needs you to sign in again. Taking you there; what you typed is kept.",
        error.errorCode,
      );
    }
  };
  return getToken;
}

export function createInteractiveTokenRequest(
  msal: TokenSource,
  options: TokenGetterOptions,
): InteractiveTokenRequest {
  return async (scopes) => {
    const account = activeAccount(msal);
    try {
      // Not awaited before: the popup must open inside the click that asked for it.
      await msal.acquireTokenPopup({
        scopes: [...scopes],
        account,
        redirectUri: options.bridgeUri,
      });
    } catch (error) {
      if (!popupBlockedCodes.has(errorCodeOf(error) ?? "")) throw failure(error);
      saveDraftsBeforeRedirect();
      await msal
        .acquireTokenRedirect({ scopes: [...scopes], account, state: options.currentPath() })
        .catch((redirectError: unknown) => {
          throw failure(redirectError);
        });
      throw new TokenAcquisitionError(
        "Your browser blocked the sign-in window, so sign-in continues in this tab; what you typed is kept.",
        errorCodeOf(error),
      );
    }
  };
}

function activeAccount(msal: TokenSource): AccountInfo {
  const account = msal.getActiveAccount();
  if (account) return account;
  throw new TokenAcquisitionError("You are signed out. Sign in to continue.", "no_account_error");
}

function failure(error: unknown): TokenAcquisitionError {
  return new TokenAcquisitionError(describeAuthError(error), errorCodeOf(error), reasonOf(error));
}

function reasonOf(error: unknown): TokenFailureReason {
  const code = errorCodeOf(error) ?? "";
  if (code === BrowserAuthErrorCodes.userCancelled) return "cancelled";
  const message = error instanceof Error ? error.message : "";
  const errorMessage =
    typeof error === "object" && error !== null && "errorMessage" in error
      ? String(error.errorMessage)
      : "";
  if (refusalCodes.has(code) || refusalAadCodes.test(`${message} ${errorMessage}`)) {
    return "refused";
  }
  return "failed";
}

function errorCodeOf(error: unknown): string | undefined {
  return typeof error === "object" && error !== null && "errorCode" in error
    ? String(error.errorCode)
    : undefined;
}
