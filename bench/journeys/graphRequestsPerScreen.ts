import type { Browser } from "@playwright/test";
import { openSignedInTab, type BenchTab } from "../browser/benchTab";
import { selectors } from "../browser/screens";
import {
  logGraphRequests,
  repeatedRequests,
  type GraphRequest,
  type GraphRequestLog,
} from "../measure/graphRequestLog";
import { appOrigin } from "../stack/localStack";
import { firstRowWatchers, loadScreen, type PoolRef, type ScreenName } from "./loadScreen";

export interface ScreenRequests {
  screen: ScreenName | "poolFromList";
  requests: GraphRequest[];
  /** Requests for a further page of a list (they follow a nextLink, which has a $skiptoken). */
  furtherPages: number;
  repeated: { method: string; path: string; times: number }[];
  /** Only for the in-app navigation: whether the browser loaded a new document. */
  fullReload?: boolean;
}

const quietMs = 1_500;
const timeout = 120_000;

/**
 * (c) The Graph requests of each screen's cold load, and of going from the pools list to a pool
 * by its link (in the app, no reload).
 */
export async function measureGraphRequests(
  browser: Browser,
  pool: PoolRef,
): Promise<ScreenRequests[]> {
  const tab = await openSignedInTab(browser, firstRowWatchers);
  try {
    const screens: ScreenRequests[] = [];
    for (const screen of ["pools", "poolOverview", "devices", "assignments"] as const) {
      screens.push(await screenRequests(tab, screen, () => loadScreen(tab, screen, pool)));
    }
    await loadScreen(tab, "pools", pool);
    screens.push(await navigateInApp(tab, pool));
    return screens;
  } finally {
    await tab.close();
  }
}

async function screenRequests(
  tab: BenchTab,
  screen: ScreenRequests["screen"],
  load: () => Promise<void>,
): Promise<ScreenRequests> {
  const log = logGraphRequests(tab.page);
  try {
    await load();
    await log.quiet(quietMs, timeout);
  } finally {
    log.stop();
  }
  return summarize(screen, log);
}

async function navigateInApp(tab: BenchTab, pool: PoolRef): Promise<ScreenRequests> {
  const { page } = tab;
  let documents = 0;
  const countDocuments = (request: { resourceType(): string; url(): string }) => {
    if (request.resourceType() === "document" && request.url().startsWith(appOrigin)) documents++;
  };
  page.on("request", countDocuments);
  try {
    const result = await screenRequests(tab, "poolFromList", async () => {
      const link = page
        .locator(selectors.poolRow)
        .getByRole("link", { name: pool.name, exact: true });
      await link.click({ timeout });
      await page
        .getByRole("heading", { name: pool.name, exact: true })
        .first()
        .waitFor({ timeout });
    });
    return { ...result, fullReload: documents > 0 };
  } finally {
    page.off("request", countDocuments);
  }
}

function summarize(screen: ScreenRequests["screen"], log: GraphRequestLog): ScreenRequests {
  const requests = log.requests();
  return {
    screen,
    requests,
    furtherPages: requests.filter((request) => request.path.includes("$skiptoken=")).length,
    repeated: repeatedRequests(requests),
  };
}
