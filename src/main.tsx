import "./zodWithoutEval";
import { StrictMode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { App } from "./app/App";
import { ErrorBoundary } from "./app/ErrorBoundary";
import { ErrorPage } from "./app/ErrorScreen";
import { ThemeProvider } from "./app/theme";
import { describeAuthError } from "./auth/authMessages";
import { createMsal, startMsal } from "./auth/createMsal";
import { safeReturnPath } from "./auth/returnPath";
import { ConfigErrorPage } from "./config/ConfigErrorPage";
import { loadConfig } from "./config/loadConfig";

const basename = import.meta.env.BASE_URL.replace(/\/+$/, "");
const appUrl = new URL(import.meta.env.BASE_URL, window.location.origin).href;

async function boot(root: Root): Promise<void> {
  const loaded = await loadConfig(appUrl);
  if (!loaded.ok) {
    root.render(
      <ThemeProvider>
        <ConfigErrorPage problem={loaded.problem} />
      </ThemeProvider>,
    );
    return;
  }

  const msal = createMsal(loaded.config);
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
          config={loaded.config}
          appUrl={appUrl}
          msal={msal}
          basename={basename}
          signInError={signInError}
        />
      </ErrorBoundary>
    </StrictMode>,
  );
}

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  // A start-up failure (MSAL refusing its configuration, say) is a screen too, never a blank page.
  boot(root).catch((error: unknown) => root.render(<ErrorPage error={error} />));
}
