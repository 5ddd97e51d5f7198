import { screenTitles } from "../journeys/loadScreen";
import type { ScreenRequests } from "../journeys/graphRequestsPerScreen";
import type { Sample } from "../measure/sample";
import type { BenchResults } from "./benchResults";
import { kB } from "./format";
import { summaryRows, type SummaryRow } from "./summaryRows";

/** The results as Markdown: the summary table (for the README), then the details behind it. */
export function markdownReport(results: BenchResults): string {
  return [
    "## Performance bench",
    "",
    machineLine(results),
    "",
    summaryTable(results),
    "",
    "### Notes",
    "",
    ...results.notes.map((note) => `- ${note}`),
    "",
    "### JS and CSS per screen (gzip, as nginx sent it)",
    "",
    ...results.bytes.flatMap((screen) => [
      `**${screenTitles[screen.screen]}**: ${kB(screen.jsGzipBytes + screen.cssGzipBytes)}`,
      "",
      ...[...screen.files]
        .sort((a, b) => b.gzipBytes - a.gzipBytes)
        .map((file) => `- \`${file.path}\` ${kB(file.gzipBytes)}`),
      "",
    ]),
    "### Graph requests per screen",
    "",
    ...results.graphRequests.flatMap(requestList),
    "### Every run",
    "",
    ...runLines(results),
  ].join("\n");
}

function machineLine({ date, machine, runs }: BenchResults): string {
  const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;
  return (
    `${date.slice(0, 10)}, ${machine.cpu} (${machine.cores} cores, ${machine.memoryGB} GB), ` +
    `Node ${machine.node}, Chromium ${machine.chromium}. Medians of ` +
    `${plural(runs.fullSpeed, "run")} at full speed, ${plural(runs.cpu4x, "run")} with the CPU ` +
    `slowed 4x (Chromium's CPU throttling), ${plural(runs.lighthouse, "Lighthouse run")}.`
  );
}

function summaryTable(results: BenchResults): string {
  const met = (value: boolean | null | undefined) =>
    value === null || value === undefined ? "" : value ? "yes" : "**no**";
  const bothMet = (row: SummaryRow) =>
    row.slowMet === undefined || row.slowMet === null
      ? met(row.met)
      : `${met(row.met)} / ${met(row.slowMet)}`;
  return [
    "| Figure | Full speed | CPU 4x slower | Goal | Met (full speed / 4x) |",
    "| --- | --- | --- | --- | --- |",
    ...summaryRows(results).map(
      (row) =>
        `| ${row.figure} | ${row.value} | ${row.slowValue ?? ""} | ${row.goal} | ${bothMet(row)} |`,
    ),
  ].join("\n");
}

function requestList(screen: ScreenRequests): string[] {
  const title =
    screen.screen === "poolFromList"
      ? "Pools list → pool page by its link"
      : `${screenTitles[screen.screen]}, cold load`;
  const repeated = new Set(screen.repeated.map((request) => `${request.method} ${request.path}`));
  return [
    `**${title}**: ${screen.requests.length} requests`,
    "",
    ...screen.requests.map((request) => {
      const line = `${request.method} ${request.path}`;
      return `- \`${line}\`${repeated.has(line) ? " **(repeated)**" : ""}`;
    }),
    "",
  ];
}

function runLines(results: BenchResults): string[] {
  const line = (label: string, sample: Sample, unit: string) =>
    `- ${label}: ${sample.runs.map((run) => `${run}`).join(", ")} ${unit}`;
  return [results.fullSpeed, results.cpu4x].flatMap((journeys) => {
    const speed = journeys.cpuSlowdown === 1 ? "full speed" : `CPU ${journeys.cpuSlowdown}x slower`;
    const { poolList, manyPools, deviceStates } = journeys;
    return [
      `**${speed}**`,
      "",
      line("first pool row, app", poolList.appFirstRowMs, "ms"),
      line("first pool row, floor", poolList.floorFirstRowMs, "ms"),
      line(`first pool row, ${manyPools.pools} pools`, manyPools.firstRowMs, "ms"),
      line(`all ${manyPools.pools} pools loaded`, manyPools.allPoolsMs, "ms"),
      line("pool filter update", manyPools.filterUpdateMs, "ms"),
      line("first device row", deviceStates.firstRowMs, "ms"),
      line("all device pages", deviceStates.allPagesMs, "ms"),
      line("state filter update", deviceStates.stateFilterUpdateMs, "ms"),
      line("search update", deviceStates.searchUpdateMs, "ms"),
      line("longest scroll task", deviceStates.longestScrollTaskMs, "ms"),
      line("JS heap", deviceStates.jsHeapMB, "MB"),
      "",
    ];
  });
}
