import { AuthError } from "@azure/msal-browser";

/** MSAL v5 messages are only links; these are the sentences an admin sees instead. */
const sentences: Record<string, string> = {
  user_cancelled: "Sign-in was cancelled. Select Sign in to try again.",
  interaction_in_progress: "A sign-in is already in progress in this tab. Wait for it to finish.",
  no_network_connectivity: "The sign-in service could not be reached. Check your connection.",
  post_request_failed: "The sign-in service could not be reached. Check your connection.",
  get_request_failed: "The sign-in service could not be reached. Check your connection.",
  endpoints_resolution_error:
    "The sign-in authority could not be discovered. Check auth.authority and auth.knownAuthorities in config.json.",
  timed_out: "Signing in took too long. Select Sign in to try again.",
  monitor_window_timeout: "Signing in took too long. Select Sign in to try again.",
  no_account_error: "You are signed out. Sign in to continue.",
  no_tokens_found: "Your session has ended. Sign in again to continue.",
  login_required: "Your session has ended. Sign in again to continue.",
  interaction_required: "Microsoft Entra ID needs you to sign in again.",
  consent_required:
    "This app has not been granted the permissions it needs. Ask an administrator to grant admin consent.",
  invalid_grant: "Your session has ended. Sign in again to continue.",
  state_mismatch: "The sign-in response did not match this tab's request. Sign in again.",
  nonce_mismatch: "The sign-in response did not match this tab's request. Sign in again.",
  invalid_client:
    "Microsoft Entra ID does not recognise this app. Check auth.clientId in config.json.",
  unauthorized_client:
    "This app registration is not set up for single-page sign-in. Add the SPA platform and redirect URI.",
  invalid_request:
    "Microsoft Entra ID rejected the sign-in request. Check the app registration's redirect URI.",
  access_denied:
    "Sign-in was cancelled or refused. Select Sign in to try again, or ask an administrator for access.",
};

const aadCodes: Record<string, string> = {
  AADSTS50011:
    "The redirect URI is not registered for this app. Add this site's address as an SPA redirect URI.",
  AADSTS65001:
    "The app has not been granted the permissions it needs. Ask an administrator to grant admin consent.",
  AADSTS700016:
    "Microsoft Entra ID does not recognise this app. Check auth.clientId in config.json.",
  AADSTS90002: "The tenant in auth.authority was not found. Check config.json.",
  AADSTS50020: "Your account is not in this tenant. Sign in with a work account of the tenant.",
};

export function describeAuthError(error: unknown): string {
  if (error instanceof AuthError) {
    const aad = Object.keys(aadCodes).find((code) => error.errorMessage?.includes(code));
    if (aad) return aadCodes[aad] ?? fallback(error);
    return sentences[error.errorCode] ?? sentences[error.subError] ?? fallback(error);
  }
  return "Signing in failed for an unexpected reason. Select Sign in to try again.";
}

function fallback(error: AuthError): string {
  const correlation = error.correlationId ? ` (correlation id ${error.correlationId})` : "";
  return `Signing in failed (${error.errorCode})${correlation}. Select Sign in to try again.`;
}
