import { StrictMode } from "react";
import type { Root } from "react-dom/client";
import { describeAuthError } from "../auth/authMessages";
import { createMsal, startMsal } from "../auth/createMsal";
import { safeReturnPath } from "../auth/returnPath";
import type { AppConfig } from "../config/appConfig";
import { App } from "./App";
import { preloadPageAt } from "./AppRoutes";
import { ErrorBoundary } from "./ErrorBoundary";
import { ErrorPage } from "./ErrorScreen";

interface SignedInAppOptions {
  config: AppConfig;
  appUrl: string;
  basename: string;
}

/**
 * The app for a tab that holds a session or comes back from Microsoft Entra ID: MSAL starts and
 * completes a pending redirect before the first render, so the router never sees the response.
 */
export async function startSignedInApp(
  root: Root,
  { config, appUrl, basename }: SignedInAppOptions,
): Promise<void> {
  preloadPageAt(window.location.pathname);
  const msal = createMsal(config);
  let signInError: string | undefined;
  try {
    const result = await startMsal(msal);
    if (result) {
      const target = safeReturnPath(result.state, window.location.origin);
      window.history.replaceState(null, "", target === "/" ? appUrl : target);
    } else if (new URLSearchParams(window.location.search).has("state")) {
      // Entra ID echoes MSAL's state on the way back from sign-out; it means nothing to the app.
      window.history.replaceState(null, "", appUrl);
    }
  } catch (error) {
    signInError = describeAuthError(error);
    window.history.replaceState(null, "", appUrl);
  }

  root.render(
    <StrictMode>
      <ErrorBoundary fallback={(error) => <ErrorPage error={error} />}>
        <App
          config={config}
          appUrl={appUrl}
          msal={msal}
          basename={basename}
          signInError={signInError}
        />
      </ErrorBoundary>
    </StrictMode>,
  );
}
