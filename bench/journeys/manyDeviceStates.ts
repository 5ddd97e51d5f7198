import type { Browser } from "@playwright/test";
import { BIG_POOL_STATE_COUNTS } from "../../src/mocks/seedDeviceStates";
import { seedIds } from "../../src/mocks/seedData";
import { openSignedInTab } from "../browser/benchTab";
import { armStatusUpdate, scrollToEnd, waitForMark, waitForStatus } from "../browser/inPage";
import {
  allDevicesText,
  deviceCountStatus,
  deviceGrid,
  routes,
  selectors,
} from "../browser/screens";
import { repeatRuns } from "../measure/repeatRuns";
import { sampleOf, type Sample } from "../measure/sample";
import { emulatorControl } from "../stack/emulatorControl";

export interface ManyDeviceStates {
  devices: number;
  firstRowMs: Sample;
  allPagesMs: Sample;
  /** Turning the "Failed" state filter on: click to the frame showing the new count. */
  stateFilterUpdateMs: Sample;
  stateFilterStatus: string;
  /** One character typed in the search box: keystroke to the frame showing the new count. */
  searchUpdateMs: Sample;
  searchTyped: string;
  searchStatus: string;
  longestScrollTaskMs: Sample;
  scrollFrames: number;
  jsHeapMB: Sample;
}

const timeout = 900_000;
const searchCharacter = "z";
/** Each frame scrolls this many grid heights: every frame then draws a whole set of new rows. */
const viewportsPerScrollStep = 8;

/** (e) The seed's big pool: its devices section with 50,000 device states. */
export async function measureManyDeviceStates(
  browser: Browser,
  options: { runs: number; cpuSlowdown: number },
): Promise<ManyDeviceStates> {
  const devices = Object.values(BIG_POOL_STATE_COUNTS).reduce((sum, count) => sum + count, 0);
  const allDevices = allDevicesText(devices);
  const failedStatus = `${BIG_POOL_STATE_COUNTS.failed.toLocaleString("en-US")} of ${allDevices}`;
  const tab = await openSignedInTab(
    browser,
    [
      { name: "deviceRow", selector: selectors.deviceRow },
      { name: "allDevices", selector: selectors.status, text: allDevices },
    ],
    options.cpuSlowdown,
  );
  const { page } = tab;
  let searchStatus = "";
  let scrollFrames = 0;
  try {
    await emulatorControl.reset();
    const runs = await repeatRuns(options.runs, async () => {
      await tab.open(routes.devices(seedIds.bigPool));
      const firstRow = await waitForMark(page, "deviceRow", timeout);
      const allPages = await waitForMark(page, "allDevices", timeout);
      const heap = await tab.devTools.jsHeapUsedBytes();

      const failedChip = page
        .getByRole("group", { name: "Filter by state" })
        .getByRole("button", { name: /^Failed\b/ });
      const filtered = await armStatusUpdate(page, "click", deviceCountStatus, timeout);
      await failedChip.click({ timeout });
      const stateFilter = await filtered();
      if (stateFilter.after !== failedStatus) {
        throw new Error(`The Failed filter showed "${stateFilter.after}", not "${failedStatus}".`);
      }
      await failedChip.click({ timeout });
      await waitForStatus(page, allDevices, timeout);

      const searchBox = page.getByRole("searchbox", { name: "Search by device or user" });
      await searchBox.focus({ timeout });
      const searched = await armStatusUpdate(page, "keydown", deviceCountStatus, timeout);
      await page.keyboard.press(searchCharacter);
      const search = await searched();
      searchStatus = search.after ?? "";
      await searchBox.fill("", { timeout });
      await waitForStatus(page, allDevices, timeout);

      const scroll = await scrollToEnd(page, deviceGrid, viewportsPerScrollStep);
      scrollFrames = scroll.frames;
      return { firstRow, allPages, heap, stateFilter: stateFilter.ms, search: search.ms, scroll };
    });
    return {
      devices,
      firstRowMs: sampleOf(runs.map((run) => run.firstRow)),
      allPagesMs: sampleOf(runs.map((run) => run.allPages)),
      stateFilterUpdateMs: sampleOf(runs.map((run) => run.stateFilter)),
      stateFilterStatus: failedStatus,
      searchUpdateMs: sampleOf(runs.map((run) => run.search)),
      searchTyped: searchCharacter,
      searchStatus,
      longestScrollTaskMs: sampleOf(runs.map((run) => run.scroll.longestTaskMs)),
      scrollFrames,
      jsHeapMB: sampleOf(runs.map((run) => run.heap / 1_000_000)),
    };
  } finally {
    await tab.close();
  }
}
