import { useCallback } from "react";
import type { AppConfig } from "../config/appConfig";
import { SignedOutPage } from "./SignedOutPage";
import { ThemeProvider } from "./theme";

const loadSignIn = () => import("../auth/signIn");

async function signIn(config: AppConfig, returnPath: string): Promise<void> {
  let module;
  try {
    module = await loadSignIn();
  } catch {
    throw new Error(
      "The sign-in code could not be downloaded. Check your connection and select Sign in again.",
    );
  }
  await module.startSignIn(config, returnPath);
}

/**
 * The first screen of a tab with no session: it needs neither MSAL nor the router, so it paints
 * before they download. MSAL comes when the admin reaches for Sign in.
 */
export function SignedOutApp({ config, returnPath }: { config: AppConfig; returnPath: string }) {
  const onSignIn = useCallback(() => signIn(config, returnPath), [config, returnPath]);
  const onSignInIntent = useCallback(() => void loadSignIn().catch(() => undefined), []);
  return (
    <ThemeProvider>
      <SignedOutPage demo={config.demo} onSignIn={onSignIn} onSignInIntent={onSignInIntent} />
    </ThemeProvider>
  );
}
