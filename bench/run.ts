/**
 * `npm run bench`: builds the site, starts the local stack, measures the app in headless
 * Chromium (bytes, Graph requests, timings at full speed and with the CPU slowed 4x) and with
 * Lighthouse, then prints a Markdown table and writes bench/results.json and bench/results.md.
 * Goals are reported, never asserted: a non-zero exit means something could not be measured.
 */
import { seedIds } from "../src/mocks/seedData";
import { launchChromium } from "./browser/launchChromium";
import { cleanUp, cleanUpOnSignals, onCleanup, wasInterrupted } from "./cleanup";
import { measureBytesPerScreen } from "./journeys/bytesPerScreen";
import { measureGraphRequests } from "./journeys/graphRequestsPerScreen";
import type { PoolRef } from "./journeys/loadScreen";
import { measureTimedJourneys } from "./journeys/timedJourneys";
import { auditWithLighthouse } from "./measure/lighthouseAudit";
import { parseOptions } from "./options";
import type { BenchResults } from "./report/benchResults";
import { describeMachine } from "./report/machine";
import { markdownReport } from "./report/markdownReport";
import { benchNotes } from "./report/notes";
import { resultsJsonPath, writeResultFiles } from "./report/resultFiles";
import { addFloor, buildSite } from "./stack/buildSite";
import { emulatorControl } from "./stack/emulatorControl";
import { appOrigin, startLocalStack } from "./stack/localStack";
import { busyStackPorts } from "./stack/ports";

let currentStep = "starting";
const startedAt = Date.now();

function step(description: string): void {
  currentStep = description;
  const elapsed = Math.round((Date.now() - startedAt) / 1000);
  console.log(`  [${elapsed} s] ${description}`);
}

const runsText = (runs: number) => `${runs} ${runs === 1 ? "run" : "runs"}`;

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  step("Checking that the stack's ports are free");
  const busy = await busyStackPorts();
  if (busy.length > 0) {
    throw new Error(
      [...busy, "Another stack (npm start, e2e) is running: try again once it has stopped."].join(
        "\n",
      ),
    );
  }
  cleanUpOnSignals();

  step(options.build ? "Building the site" : "Using the last build (--no-build)");
  await (options.build ? buildSite() : addFloor());
  step("Starting the sign-in server, the Graph emulator and nginx");
  const stack = await startLocalStack();
  onCleanup(stack.stop);
  const browser = await launchChromium();
  onCleanup(() => browser.close());
  const machine = describeMachine(browser.version());

  await emulatorControl.reset();
  const poolNames = await emulatorControl.poolNames();
  const pool: PoolRef = { id: seedIds.smallPool, name: poolNames.get(seedIds.smallPool) ?? "" };

  step("Bytes per screen");
  const bytes = await measureBytesPerScreen(browser, pool);
  step("Graph requests per screen");
  const graphRequests = await measureGraphRequests(browser, pool);
  const fullSpeed = await measureTimedJourneys(
    browser,
    { runs: options.runs, cpuSlowdown: 1 },
    (journey) => step(`Full speed, ${runsText(options.runs)}: ${journey}`),
  );
  const cpu4x = await measureTimedJourneys(
    browser,
    { runs: options.throttledRuns, cpuSlowdown: 4 },
    (journey) => step(`CPU 4x slower, ${runsText(options.throttledRuns)}: ${journey}`),
  );
  await emulatorControl.reset();
  await browser.close();

  step(`Lighthouse on the signed-out page, ${runsText(options.lighthouseRuns)}`);
  const lighthouse = await auditWithLighthouse(`${appOrigin}/`, options.lighthouseRuns);

  step("Writing the results");
  const measured = {
    date: new Date().toISOString(),
    machine,
    runs: {
      fullSpeed: options.runs,
      cpu4x: options.throttledRuns,
      lighthouse: options.lighthouseRuns,
    },
    bytes,
    graphRequests,
    fullSpeed,
    cpu4x,
    lighthouse,
  };
  const results: BenchResults = { ...measured, notes: benchNotes(measured) };
  const markdown = await writeResultFiles(results, markdownReport(results));
  console.log(`\n${markdown}`);
  console.log(
    `  Written to ${resultsJsonPath} and results.md in ${Math.round((Date.now() - startedAt) / 1000)} s.`,
  );
}

main()
  .then(cleanUp)
  .catch(async (error: unknown) => {
    if (wasInterrupted()) return; // the signal handler stops everything and exits
    const reason = error instanceof Error ? error.message : String(error);
    console.error(
      `\n  The bench could not measure everything (${currentStep}).\n  ${reason.replaceAll("\n", "\n  ")}\n`,
    );
    await cleanUp();
    process.exit(1);
  });
