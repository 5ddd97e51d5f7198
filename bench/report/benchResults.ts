import type { ManyDeviceStates } from "../journeys/manyDeviceStates";
import type { ManyPools } from "../journeys/manyPools";
import type { PoolListVsFloor } from "../journeys/poolListVsFloor";
import type { ScreenBytes } from "../journeys/bytesPerScreen";
import type { ScreenRequests } from "../journeys/graphRequestsPerScreen";
import type { LighthouseFigures } from "../measure/lighthouseAudit";
import type { Machine } from "./machine";

/** The journeys measured at one CPU speed. */
export interface TimedJourneys {
  cpuSlowdown: number;
  runs: number;
  poolList: PoolListVsFloor;
  manyPools: ManyPools;
  deviceStates: ManyDeviceStates;
}

/** Everything one bench run measured: what bench/results.json holds (with the goal checks). */
export interface BenchResults {
  date: string;
  machine: Machine;
  runs: { fullSpeed: number; cpu4x: number; lighthouse: number };
  /** What the reader needs to know to read the figures (e.g. the emulator's page size). */
  notes: string[];
  bytes: ScreenBytes[];
  graphRequests: ScreenRequests[];
  fullSpeed: TimedJourneys;
  cpu4x: TimedJourneys;
  lighthouse: LighthouseFigures;
}
