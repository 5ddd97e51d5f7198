import type { PublicClientApplication } from "@azure/msal-browser";
import { AuthenticatedTemplate, MsalProvider, UnauthenticatedTemplate } from "@azure/msal-react";
import { QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { BrowserRouter } from "react-router";
import { bridgeUri } from "../auth/createMsal";
import { signInWithRedirect } from "../auth/signIn";
import { createInteractiveTokenRequest, createTokenGetter } from "../auth/tokenGetter";
import type { AppConfig } from "../config/appConfig";
import { createGraphClient } from "../graph/client";
import { GraphProvider } from "../graph/GraphContext";
import { GroupsProvider } from "../groups/GroupsProvider";
import { AppRoutes } from "./AppRoutes";
import { AppShell } from "./AppShell";
import { createQueryClient } from "./queryClient";
import { announceRetry } from "./retryNotices";
import { RetryNotices } from "./RetryNotices";
import { SignedOutPage } from "./SignedOutPage";
import { ThemeProvider } from "./theme";

interface AppProps {
  config: AppConfig;
  /** Where index.html (and so redirect.html) is served from. */
  appUrl: string;
  msal: PublicClientApplication;
  basename: string;
  signInError?: string | undefined;
}

function currentPath(): string {
  return `${window.location.pathname}${window.location.search}`;
}

export function App({ config, appUrl, msal, basename, signInError }: AppProps) {
  const [queryClient] = useState(createQueryClient);
  const [auth] = useState(() => ({ currentPath, bridgeUri: bridgeUri(appUrl) }));
  const [graph] = useState(() =>
    createGraphClient({
      baseUrl: config.graph.baseUrl,
      scopes: config.graph.scopes,
      getAccessToken: createTokenGetter(msal, auth),
      onRetry: announceRetry,
    }),
  );
  const [requestInteractively] = useState(() => createInteractiveTokenRequest(msal, auth));
  const [signIn] = useState(
    () => () => signInWithRedirect(msal, config.graph.scopes, currentPath()),
  );

  return (
    <ThemeProvider>
      <MsalProvider instance={msal}>
        <QueryClientProvider client={queryClient}>
          <GraphProvider client={graph}>
            <BrowserRouter basename={basename}>
              <AuthenticatedTemplate>
                <GroupsProvider
                  scopes={config.graph.groupScopes}
                  requestInteractively={requestInteractively}
                >
                  <AppShell>
                    <AppRoutes />
                  </AppShell>
                </GroupsProvider>
                <RetryNotices />
              </AuthenticatedTemplate>
              <UnauthenticatedTemplate>
                <SignedOutPage demo={config.demo} initialError={signInError} onSignIn={signIn} />
              </UnauthenticatedTemplate>
            </BrowserRouter>
          </GraphProvider>
        </QueryClientProvider>
      </MsalProvider>
    </ThemeProvider>
  );
}
