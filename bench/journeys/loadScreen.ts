import type { BenchTab } from "../browser/benchTab";
import { waitForMark, type Watcher } from "../browser/inPage";
import { routes, selectors } from "../browser/screens";

export type ScreenName = "signIn" | "pools" | "poolOverview" | "devices" | "assignments";

export interface PoolRef {
  id: string;
  name: string;
}

export const screenTitles: Record<ScreenName, string> = {
  signIn: "Sign-in page (signed out)",
  pools: "Pools list",
  poolOverview: "Pool page (overview)",
  devices: "Devices section",
  assignments: "Assignments section",
};

/** The marks a tab needs to tell when the pool and device screens show their first row. */
export const firstRowWatchers: readonly Watcher[] = [
  { name: "poolRow", selector: selectors.poolRow },
  { name: "deviceRow", selector: selectors.deviceRow },
];

const timeout = 120_000;

/**
 * A cold load of one screen, until what a person waits for is on screen and the network has been
 * idle for half a second (nothing more is coming for this screen).
 */
export async function loadScreen(tab: BenchTab, screen: ScreenName, pool: PoolRef): Promise<void> {
  const { page } = tab;
  const poolHeading = () => page.getByRole("heading", { name: pool.name, exact: true }).first();
  switch (screen) {
    case "signIn":
      await tab.open("/");
      await page.getByRole("button", { name: "Sign in", exact: true }).waitFor({ timeout });
      break;
    case "pools":
      await tab.open(routes.pools);
      await waitForMark(page, "poolRow", timeout);
      break;
    case "poolOverview":
      await tab.open(routes.pool(pool.id));
      await poolHeading().waitFor({ timeout });
      break;
    case "devices":
      await tab.open(routes.devices(pool.id));
      await waitForMark(page, "deviceRow", timeout);
      break;
    case "assignments":
      await tab.open(routes.assignments(pool.id));
      await poolHeading().waitFor({ timeout });
      break;
  }
  await page.waitForLoadState("networkidle", { timeout });
}
