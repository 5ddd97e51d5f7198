import { Body1, Title1 } from "@fluentui/react-components";
import { Link, Navigate, Route, Routes } from "react-router";
import { PoolPage, PoolsPage } from "../pages";

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
    <Routes>
      <Route path="/" element={<Navigate to="/pools" replace />} />
      <Route path="/pools" element={<PoolsPage />} />
      <Route path="/pools/:poolId" element={<PoolPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
