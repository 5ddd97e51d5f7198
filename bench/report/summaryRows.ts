import { screenTitles } from "../journeys/loadScreen";
import type { ScreenRequests } from "../journeys/graphRequestsPerScreen";
import type { BenchResults, TimedJourneys } from "./benchResults";
import { count, kB, MB, ms, times } from "./format";

/** One line of the results table; `met` is null for a figure without a goal. */
export interface SummaryRow {
  figure: string;
  value: string;
  /** The same figure with the CPU slowed 4x, for the timed journeys. */
  slowValue?: string;
  goal: string;
  met: boolean | null;
  slowMet?: boolean | null;
}

interface Goal {
  goal: string;
  meets: (value: number) => boolean;
}

const under50ms: Goal = { goal: "< 50 ms", meets: (value) => value < 50 };

export function summaryRows(results: BenchResults): SummaryRow[] {
  return [
    ...byteRows(results),
    ...timedRows(results.fullSpeed, results.cpu4x),
    ...results.graphRequests.map(requestRow),
    ...lighthouseRows(results),
  ];
}

function byteRows({ bytes }: BenchResults): SummaryRow[] {
  const limits: Partial<Record<string, number>> = { signIn: 120_000, pools: 200_000 };
  return bytes.map((screen) => {
    const limit = limits[screen.screen];
    const js = screen.jsGzipBytes;
    const what =
      screen.screen === "pools" ? "up to the first pools view" : screenTitles[screen.screen];
    const css = screen.cssGzipBytes > 0 ? ` + CSS ${kB(screen.cssGzipBytes)}` : "";
    return {
      figure: `Initial JS (gzip): ${what}`,
      value: `${kB(js)}${css}`,
      ...(limit === undefined
        ? { goal: "", met: null }
        : { goal: `≤ ${count(limit / 1000)} kB`, met: js <= limit }),
    };
  });
}

function timedRows(full: TimedJourneys, slow: TimedJourneys): SummaryRow[] {
  const row = (
    figure: string,
    read: (journeys: TimedJourneys) => number,
    show: (value: number) => string,
    goal?: Goal,
  ): SummaryRow => ({
    figure,
    value: show(read(full)),
    slowValue: show(read(slow)),
    goal: goal?.goal ?? "",
    met: goal ? goal.meets(read(full)) : null,
    slowMet: goal ? goal.meets(read(slow)) : null,
  });
  const pools = count(full.poolList.pools);
  const manyPools = count(full.manyPools.pools);
  const devices = count(full.deviceStates.devices);
  const longTask = (value: number) => (value === 0 ? "none" : ms(value));
  return [
    row(`First pool row, ${pools} pools: app`, (j) => j.poolList.appFirstRowMs.median, ms),
    row(`First pool row, ${pools} pools: floor page`, (j) => j.poolList.floorFirstRowMs.median, ms),
    row(`First pool row, app / floor`, (j) => j.poolList.ratio, times, {
      goal: "≤ 1.5×",
      meets: (ratio) => ratio <= 1.5,
    }),
    row(`First pool row, ${manyPools} pools`, (j) => j.manyPools.firstRowMs.median, ms),
    row(`All ${manyPools} pools loaded`, (j) => j.manyPools.allPoolsMs.median, ms),
    row(
      `Filter keystroke to list updated, ${manyPools} pools`,
      (j) => j.manyPools.filterUpdateMs.median,
      ms,
      under50ms,
    ),
    row(`First device row, ${devices} device states`, (j) => j.deviceStates.firstRowMs.median, ms),
    row(`All ${devices} device states loaded`, (j) => j.deviceStates.allPagesMs.median, ms),
    row(
      `State filter to list updated, ${devices} device states`,
      (j) => j.deviceStates.stateFilterUpdateMs.median,
      ms,
      under50ms,
    ),
    row(
      `Search keystroke to list updated, ${devices} device states`,
      (j) => j.deviceStates.searchUpdateMs.median,
      ms,
      under50ms,
    ),
    row(
      `Longest task scrolling ${devices} device states to the end`,
      (j) => j.deviceStates.longestScrollTaskMs.median,
      longTask,
      { goal: "no task > 50 ms", meets: (value) => value === 0 },
    ),
    row(`JS heap, ${devices} device states loaded`, (j) => j.deviceStates.jsHeapMB.median, MB, {
      goal: "< 150 MB",
      meets: (value) => value < 150,
    }),
  ];
}

/** One request per screen load, plus one per further page of a list; nothing twice. */
function requestRow(screen: ScreenRequests): SummaryRow {
  const first = screen.requests.length - screen.furtherPages;
  const repeats = screen.repeated.length > 0 ? `, ${screen.repeated.length} repeated` : "";
  const title =
    screen.screen === "poolFromList"
      ? "pools list → pool page by its link (no reload)"
      : `${screenTitles[screen.screen]}, cold load`;
  return {
    figure: `Graph requests: ${title}`,
    value: `${screen.requests.length} = ${first} + ${screen.furtherPages} further pages${repeats}`,
    goal: "1 + 1 per further page",
    met: first <= 1 && screen.repeated.length === 0,
  };
}

function lighthouseRows({ lighthouse }: BenchResults): SummaryRow[] {
  const score = (figure: string, value: number): SummaryRow => ({
    figure: `Lighthouse ${figure}, sign-in page (mobile)`,
    value: count(value),
    goal: "100",
    met: value === 100,
  });
  return [
    score("performance", lighthouse.performance.median),
    score("accessibility", lighthouse.accessibility.median),
    score("best practices", lighthouse.bestPractices.median),
    {
      figure: "Lighthouse LCP, sign-in page (mobile)",
      value: ms(lighthouse.lcpMs.median),
      goal: "≤ 1,500 ms",
      met: lighthouse.lcpMs.median <= 1_500,
    },
    {
      figure: "Lighthouse unused JavaScript, sign-in page",
      value: kB(lighthouse.unusedJsBytes.median),
      goal: "",
      met: null,
    },
  ];
}
