import type { Browser, Page } from "@playwright/test";
import { openSignedInTab } from "../browser/benchTab";
import { waitForMark } from "../browser/inPage";
import { routes, selectors } from "../browser/screens";
import { repeatRuns } from "../measure/repeatRuns";
import { sampleOf, type Sample } from "../measure/sample";
import { emulatorControl } from "../stack/emulatorControl";
import { floorPath } from "../stack/buildSite";
import { manyPools } from "../stack/poolSeed";

export interface PoolListVsFloor {
  pools: number;
  /** How many pools the emulator sent per page of the app's first request. */
  poolsPerPage: number;
  appFirstRowMs: Sample;
  floorFirstRowMs: Sample;
  /** median app / median floor */
  ratio: number;
}

const timeout = 900_000;

/**
 * (b) Navigation to the first pool row, the app against the floor page, in the same signed-in tab
 * and by the same clock: one of each per run, in turn.
 */
export async function measurePoolListVsFloor(
  browser: Browser,
  options: { pools: number; runs: number; cpuSlowdown: number },
): Promise<PoolListVsFloor> {
  const tab = await openSignedInTab(
    browser,
    [{ name: "poolRow", selector: selectors.poolRow }],
    options.cpuSlowdown,
  );
  try {
    await emulatorControl.seed(manyPools(options.pools));
    let poolsPerPage = 0;
    const runs = await repeatRuns(options.runs, async (run) => {
      const firstPage = run === 0 ? firstPoolPageSize(tab.page) : undefined;
      firstPage?.catch(() => undefined); // awaited below, unless the run fails before
      await tab.open(routes.pools);
      const app = await waitForMark(tab.page, "poolRow", timeout);
      if (firstPage) poolsPerPage = await firstPage;
      await tab.open(floorPath);
      const floor = await waitForMark(tab.page, "poolRow", timeout);
      await assertFloorShowedAll(tab.page, options.pools);
      return { app, floor };
    });
    const appFirstRowMs = sampleOf(runs.map((run) => run.app));
    const floorFirstRowMs = sampleOf(runs.map((run) => run.floor));
    return {
      pools: options.pools,
      poolsPerPage,
      appFirstRowMs,
      floorFirstRowMs,
      ratio: Math.round((appFirstRowMs.median / floorFirstRowMs.median) * 100) / 100,
    };
  } finally {
    await tab.close();
  }
}

async function firstPoolPageSize(page: Page): Promise<number> {
  const response = await page.waitForResponse(
    (candidate) => {
      const url = new URL(candidate.url());
      return (
        candidate.request().method() === "GET" &&
        url.pathname.endsWith("/deviceManagement/embeddedSIMActivationCodePools") &&
        !url.searchParams.has("$skiptoken")
      );
    },
    { timeout },
  );
  const body = (await response.json()) as { value?: unknown[] };
  return body.value?.length ?? 0;
}

/** A floor that stopped early would flatter the app: it must have read every page. */
async function assertFloorShowedAll(page: Page, pools: number): Promise<void> {
  const outcome = await page.waitForFunction(
    () => document.body.dataset.error ?? document.body.dataset.complete,
    undefined,
    { timeout },
  );
  const ended = await outcome.jsonValue();
  if (ended !== "true") throw new Error(`The floor page failed: ${ended}`);
  const rows = await page.locator(selectors.poolRow).count();
  if (rows !== pools) throw new Error(`The floor page showed ${rows} pools, not ${pools}.`);
}
