import type { PublicClientApplication } from "@azure/msal-browser";
import type { AppConfig } from "../config/appConfig";
import { describeAuthError } from "./authMessages";
import { createMsal } from "./createMsal";

/** A sign-in that could not start, with the sentence the admin sees. */
export class SignInError extends Error {
  override name = "SignInError";
}

/** Leaves for Microsoft Entra ID; the app comes back to `returnPath`. */
export async function signInWithRedirect(
  msal: PublicClientApplication,
  scopes: string[],
  returnPath: string,
): Promise<void> {
  try {
    await msal.loginRedirect({ scopes, state: returnPath });
  } catch (error) {
    throw new SignInError(describeAuthError(error), { cause: error });
  }
}

/** The signed-out page's Sign in, before MSAL was needed for anything else. */
export async function startSignIn(config: AppConfig, returnPath: string): Promise<void> {
  const msal = createMsal(config);
  try {
    await msal.initialize();
  } catch (error) {
    throw new SignInError(describeAuthError(error), { cause: error });
  }
  await signInWithRedirect(msal, config.graph.scopes, returnPath);
}
