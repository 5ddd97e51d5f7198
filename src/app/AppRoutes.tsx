import { Body1, Spinner, Title1 } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import { Link, Navigate, Route, Routes } from "react-router";

// Pages load on demand: the signed-out page and the shell need none of the DataGrid code.
const PoolsPage = lazy(() => import("../pages/PoolsPage").then((m) => ({ default: m.PoolsPage })));
const PoolPage = lazy(() => import("../pages/PoolPage").then((m) => ({ default: m.PoolPage })));

function NotFoundPage() {
  return (
    <>
      <Title1 as="h1">Page not found</Title1>
      <Body1>
        There is nothing at this address. <Link to="/pools">Go to the pools</Link>.
      </Body1>
    </>
  );
}

export function AppRoutes() {
  return (
    <Suspense fallback={<Spinner label="Loading…" />}>
      <Routes>
        <Route path="/" element={<Navigate to="/pools" replace />} />
        <Route path="/pools" element={<PoolsPage />} />
        <Route path="/pools/:poolId" element={<PoolPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  );
}
