import type { Browser } from "@playwright/test";
import { openSignedInTab } from "../browser/benchTab";
import { armStatusUpdate, waitForMark } from "../browser/inPage";
import { allPoolsText, poolCountStatus, routes, selectors } from "../browser/screens";
import { repeatRuns } from "../measure/repeatRuns";
import { sampleOf, type Sample } from "../measure/sample";
import { emulatorControl } from "../stack/emulatorControl";
import { manyPools, narrowingCharacter, poolName } from "../stack/poolSeed";

export interface ManyPools {
  pools: number;
  firstRowMs: Sample;
  /** Until the status line counts every pool: the filter is measured only then. */
  allPoolsMs: Sample;
  /** From the keystroke to the end of the first frame showing the narrowed list's count. */
  filterUpdateMs: Sample;
  /** The character typed, and the status line it led to. */
  filterTyped: string;
  filterStatus: string;
}

// The whole list at 4x slower CPU took minutes while the grid drew every row.
const timeout = 900_000;

/** (d) A big tenant's pool list: first row, then one filter keystroke once every pool is in. */
export async function measureManyPools(
  browser: Browser,
  options: { pools: number; runs: number; cpuSlowdown: number },
): Promise<ManyPools> {
  const names = Array.from({ length: options.pools }, (_, index) => poolName(index));
  const { character, matches } = narrowingCharacter(names);
  const expectedStatus = `${matches.toLocaleString("en-US")} of ${allPoolsText(options.pools)}`;

  const tab = await openSignedInTab(
    browser,
    [
      { name: "poolRow", selector: selectors.poolRow },
      { name: "allPools", selector: selectors.status, text: allPoolsText(options.pools) },
    ],
    options.cpuSlowdown,
  );
  const { page } = tab;
  try {
    await emulatorControl.seed(manyPools(options.pools));
    const runs = await repeatRuns(options.runs, async () => {
      await tab.open(routes.pools);
      const firstRow = await waitForMark(page, "poolRow", timeout);
      const allPools = await waitForMark(page, "allPools", timeout);
      const filter = page.getByRole("searchbox", { name: "Filter by name" });
      await filter.focus({ timeout });
      const updated = await armStatusUpdate(page, "keydown", poolCountStatus, timeout);
      await page.keyboard.press(character);
      const update = await updated();
      if (update.after !== expectedStatus) {
        throw new Error(`Typing "${character}" showed "${update.after}", not "${expectedStatus}".`);
      }
      return { firstRow, allPools, filter: update.ms };
    });
    return {
      pools: options.pools,
      firstRowMs: sampleOf(runs.map((run) => run.firstRow)),
      allPoolsMs: sampleOf(runs.map((run) => run.allPools)),
      filterUpdateMs: sampleOf(runs.map((run) => run.filter)),
      filterTyped: character,
      filterStatus: expectedStatus,
    };
  } finally {
    await tab.close();
  }
}
