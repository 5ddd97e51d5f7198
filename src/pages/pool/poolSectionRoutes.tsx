import { Route } from "react-router";
import { lazyPage } from "../../app/chunkReload";

// Each section loads with its first visit: the device grid's code is not needed to assign.
const PoolOverviewSection = lazyPage(() =>
  import("./PoolOverviewSection").then((m) => m.PoolOverviewSection),
);
const PoolAssignmentsSection = lazyPage(() =>
  import("./PoolAssignmentsSection").then((m) => m.PoolAssignmentsSection),
);
const PoolDevicesSection = lazyPage(() =>
  import("./PoolDevicesSection").then((m) => m.PoolDevicesSection),
);

/** Starts downloading the section at this address (its last path segment). */
export function preloadPoolSection(path: string): void {
  if (path.endsWith("/devices")) PoolDevicesSection.preload();
  else if (path.endsWith("/assignments")) PoolAssignmentsSection.preload();
  else PoolOverviewSection.preload();
}

/** The children of /pools/:poolId, shared by the app's routes and the page tests. */
export function poolSectionRoutes() {
  return (
    <>
      <Route index element={<PoolOverviewSection />} />
      <Route path="assignments" element={<PoolAssignmentsSection />} />
      <Route path="devices" element={<PoolDevicesSection />} />
    </>
  );
}
