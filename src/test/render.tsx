import { FluentProvider, Toaster, webLightTheme } from "@fluentui/react-components";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactElement } from "react";
import { MemoryRouter, Route, Routes } from "react-router";
import { onTestFinished } from "vitest";
import { createQueryClient } from "../app/queryClient";
import type { InteractiveTokenRequest } from "../auth/tokenGetter";
import { createGraphClient, type GraphClientOptions } from "../graph/client";
import type { GraphClient } from "../graph/clientTypes";
import { GraphProvider } from "../graph/GraphContext";
import { GroupsProvider, type GroupAccess } from "../groups";
import type { TestGraph } from "../mocks/testGraph";
import { PoolPage, PoolsPage } from "../pages";
import { poolSectionRoutes } from "../pages/pool/poolSectionRoutes";

/** A real Graph client against the in-process fake Graph; waits are skipped. */
export function createTestClient(
  testGraph: TestGraph,
  overrides: Partial<GraphClientOptions> = {},
): GraphClient {
  return createGraphClient({
    baseUrl: testGraph.baseUrl,
    scopes: ["https://graph.microsoft.com/DeviceManagementConfiguration.ReadWrite.All"],
    getAccessToken: testGraph.getAccessToken,
    sleep: async () => undefined,
    isOnline: () => true,
    ...overrides,
  });
}

/** The app's own query client, so tests run with the same cache rules as the app. */
export function createTestQueryClient(): QueryClient {
  return createQueryClient();
}

export interface RenderOptions {
  /** The Graph client the screens use (see createTestClient). */
  client: GraphClient;
  /** Where the router starts; `ui` is shown on any path the two pool pages don't match. */
  route?: string;
  queryClient?: QueryClient;
  /** Where group access starts; `unknown` (read silently, as after sign-in) unless given. */
  groupAccess?: GroupAccess;
  /** Stands in for the sign-in window that confirms group access; resolves unless given. */
  requestInteractively?: InteractiveTokenRequest;
  /** Rendered inside the router above the pages, like the app's header. */
  above?: ReactElement;
}

export const GROUP_SCOPES = ["https://graph.microsoft.com/GroupMember.Read.All"];

/** Group reads refused for this account: the form offers the object id field. */
export const groupsRefused: GroupAccess = { status: "denied", cause: "consent", error: undefined };

/**
 * The pool page's Assignments section (/pools/:poolId/assignments); group names unreadable unless
 * `groupAccess` says otherwise.
 */
export function renderPoolPage(
  testGraph: TestGraph,
  poolId: string,
  groupAccess: GroupAccess = groupsRefused,
) {
  return renderPoolSection(testGraph, `${poolId}/assignments`, { groupAccess });
}

/** A pool page at /pools/{pathAndQuery}, e.g. `${poolId}/devices?state=failed`. */
export function renderPoolSection(
  testGraph: TestGraph,
  pathAndQuery: string,
  { groupAccess = groupsRefused, client = createTestClient(testGraph) } = {} as {
    groupAccess?: GroupAccess;
    client?: GraphClient;
  },
) {
  return renderWithProviders(null, { client, route: `/pools/${pathAndQuery}`, groupAccess });
}

export function renderWithProviders(ui: ReactElement | null, options: RenderOptions) {
  const queryClient = options.queryClient ?? createTestQueryClient();
  const user = userEvent.setup();
  const result = render(
    <FluentProvider theme={webLightTheme}>
      <QueryClientProvider client={queryClient}>
        <GraphProvider client={options.client}>
          <GroupsProvider
            scopes={GROUP_SCOPES}
            requestInteractively={options.requestInteractively ?? (async () => undefined)}
            initialAccess={options.groupAccess}
          >
            <MemoryRouter initialEntries={[options.route ?? "/"]}>
              {/* The app always shows a Toaster (retry notices). Like any Fluent part that stays
                  mounted, it keeps Fluent's focus manager alive when a page with an open dialog
                  is left; without it, the aria-hidden the dialog put on the page may stay. */}
              <Toaster />
              {options.above}
              <Routes>
                <Route path="/pools" element={<PoolsPage />} />
                <Route path="/pools/:poolId" element={<PoolPage />}>
                  {poolSectionRoutes()}
                </Route>
                <Route path="*" element={ui} />
              </Routes>
            </MemoryRouter>
          </GroupsProvider>
        </GraphProvider>
      </QueryClientProvider>
    </FluentProvider>,
  );
  return { ...result, user, queryClient };
}

export interface RecordedGraphRequest {
  method: string;
  pathname: string;
  request: Request;
}

/** Records every request the fake Graph sees during the current test. */
export function recordGraphRequests(testGraph: TestGraph) {
  const requests: RecordedGraphRequest[] = [];
  const listener = ({ request }: { request: Request }) => {
    const { pathname } = new URL(request.url);
    requests.push({ method: request.method, pathname, request: request.clone() });
  };
  testGraph.server.events.on("request:start", listener);
  onTestFinished(() => testGraph.server.events.removeListener("request:start", listener));
  return {
    requests,
    count: (method: string, pathEnd: string) =>
      requests.filter((r) => r.method === method && r.pathname.endsWith(pathEnd)).length,
  };
}
