import { Body1, Spinner, Title1 } from "@fluentui/react-components";
import { Suspense } from "react";
import { Navigate, Route, Routes, useLocation } from "react-router";
import { RouterLink } from "../components";
// From its own module: the features/pools barrel would pull the DataGrid into the shell's chunk.
import { PoolPagePreload } from "../features/pools/poolPagePreload";
import { poolSectionRoutes, preloadPoolSection } from "../pages/pool/poolSectionRoutes";
import { lazyPage } from "./chunkReload";
import { ErrorBoundary } from "./ErrorBoundary";
import { ErrorScreen } from "./ErrorScreen";

// Pages load on demand: the signed-out page and the shell need none of the DataGrid code.
const PoolsPage = lazyPage(() => import("../pages/PoolsPage").then((m) => m.PoolsPage));
const PoolPage = lazyPage(() => import("../pages/PoolPage").then((m) => m.PoolPage));

/**
 * Starts downloading the page at this address, so its code arrives while MSAL starts instead of
 * after the first render asks for it.
 */
export function preloadPageAt(path: string): void {
  if (/\/pools\/[^/]+/.test(path)) {
    PoolPage.preload();
    preloadPoolSection(path.replace(/\/+$/, ""));
  } else {
    PoolsPage.preload();
  }
}

// A pool link the admin points at: the page and its overview, the section a link opens.
const preloadPoolPage = () => preloadPageAt("/pools/pool");

function NotFoundPage() {
  return (
    <>
      <Title1 as="h1">Page not found</Title1>
      <Body1>
        There is nothing at this address.{" "}
        <RouterLink to="/pools" inline>
          Go to the pools
        </RouterLink>
        .
      </Body1>
    </>
  );
}

export function AppRoutes() {
  const { pathname } = useLocation();
  return (
    // A failed page leaves the header and its navigation working; another page starts afresh.
    <ErrorBoundary resetKey={pathname} fallback={(error) => <ErrorScreen error={error} />}>
      <Suspense fallback={<Spinner label="Loading…" />}>
        <PoolPagePreload value={preloadPoolPage}>
          <Routes>
            <Route path="/" element={<Navigate to="/pools" replace />} />
            <Route path="/pools" element={<PoolsPage />} />
            <Route path="/pools/:poolId" element={<PoolPage />}>
              {poolSectionRoutes()}
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </PoolPagePreload>
      </Suspense>
    </ErrorBoundary>
  );
}
