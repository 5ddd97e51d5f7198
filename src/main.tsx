import { StrictMode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { ErrorBoundary } from "./app/ErrorBoundary";
import { ErrorPage } from "./app/ErrorScreen";
import { SignedOutApp } from "./app/SignedOutApp";
import { ThemeProvider } from "./app/theme";
import { mayBeSignedIn } from "./auth/mayBeSignedIn";
import { loadConfig } from "./config/loadConfig";

const basename = import.meta.env.BASE_URL.replace(/\/+$/, "");
const appUrl = new URL(import.meta.env.BASE_URL, window.location.origin).href;

const loadSignedInApp = () => import("./app/SignedInApp");

async function boot(root: Root): Promise<void> {
  // A tab that holds a session downloads the app while config.json is on its way.
  const early = mayBeSignedIn(undefined, window.location, () => window.sessionStorage)
    ? loadSignedInApp()
    : undefined;
  early?.catch(() => undefined);
  const loaded = await loadConfig(appUrl);
  if (!loaded.ok) {
    // Only a misconfigured site shows it: its examples stay out of every other first load.
    const { ConfigErrorPage } = await import("./config/ConfigErrorPage");
    root.render(
      <ThemeProvider>
        <ConfigErrorPage problem={loaded.problem} />
      </ThemeProvider>,
    );
    return;
  }
  const { config } = loaded;

  if (mayBeSignedIn(config.auth.clientId, window.location, () => window.sessionStorage)) {
    const { startSignedInApp } = await (early ?? loadSignedInApp());
    await startSignedInApp(root, { config, appUrl, basename });
    return;
  }
  root.render(
    <StrictMode>
      <ErrorBoundary fallback={(error) => <ErrorPage error={error} />}>
        <SignedOutApp
          config={config}
          returnPath={window.location.pathname + window.location.search}
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
