import type { BenchResults } from "./benchResults";
import { count } from "./format";

/** What a reader needs beside the figures: how they were taken, and what looked odd. */
export function benchNotes(results: Omit<BenchResults, "notes">): string[] {
  const { poolList, manyPools, deviceStates } = results.fullSpeed;
  const pages = Math.ceil(poolList.pools / Math.max(1, poolList.poolsPerPage));
  const repeats = results.graphRequests.flatMap((screen) =>
    screen.repeated.map(
      (request) =>
        `${request.method} ${request.path} sent ${request.times} times (${screen.screen})`,
    ),
  );
  return [
    "Times are read in the page (performance.now(), from navigation start; rows and status lines " +
      "are checked once per frame), in one signed-in tab, with the HTTP cache disabled: every " +
      "load fetches all of its JS again.",
    `The Graph emulator sent ${count(poolList.poolsPerPage)} pools per page (set through its ` +
      `control API), so ${count(poolList.pools)} pools take ${pages} ` +
      "requests, for the app and the floor alike.",
    ...(results.bytes.every((screen) => screen.cssGzipBytes === 0)
      ? ["No screen loaded a CSS file: Fluent UI's styles come from its JS."]
      : []),
    "The floor page (bench/floor/) is plain JS on the app's origin: it reads MSAL's Graph token " +
      "from sessionStorage, follows every nextLink and appends a table row per pool.",
    `The pool filter typed "${manyPools.filterTyped}" (${manyPools.filterStatus}); the device ` +
      `search typed "${deviceStates.searchTyped}" (${deviceStates.searchStatus}); the state ` +
      `filter turned on Failed (${deviceStates.stateFilterStatus}).`,
    `Scrolling: ${count(deviceStates.scrollFrames)} frames, each moving the device grid by 8 of ` +
      "its heights (every frame draws a whole new set of rows), with long tasks observed in the page.",
    ...(results.runs.cpu4x < results.runs.fullSpeed
      ? [
          `With the CPU slowed 4x, ${results.runs.cpu4x} runs per figure instead of ` +
            `${results.runs.fullSpeed}: those journeys take minutes.`,
        ]
      : []),
    ...(repeats.length > 0
      ? [`Requests sent more than once on one screen: ${repeats.join("; ")}.`]
      : []),
  ];
}
