import type { Browser } from "@playwright/test";
import type { TimedJourneys } from "../report/benchResults";
import { measureManyDeviceStates } from "./manyDeviceStates";
import { measureManyPools } from "./manyPools";
import { measurePoolListVsFloor } from "./poolListVsFloor";

/** The pool list against the floor (b), 5,000 pools (d) and 50,000 device states (e). */
export async function measureTimedJourneys(
  browser: Browser,
  options: { runs: number; cpuSlowdown: number },
  progress: (step: string) => void,
): Promise<TimedJourneys> {
  progress("1,000 pools: the app against the floor page");
  const poolList = await measurePoolListVsFloor(browser, { ...options, pools: 1_000 });
  progress("5,000 pools: first row and a filter keystroke");
  const manyPools = await measureManyPools(browser, { ...options, pools: 5_000 });
  progress("50,000 device states: load, filter, search, scroll, heap");
  const deviceStates = await measureManyDeviceStates(browser, options);
  return { ...options, poolList, manyPools, deviceStates };
}
