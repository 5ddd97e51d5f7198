export interface BenchOptions {
  /** Measured runs per journey at full CPU speed; each figure is their median. */
  runs: number;
  /** Measured runs per journey with the CPU slowed 4x (slow: fewer by default). */
  throttledRuns: number;
  lighthouseRuns: number;
  /** false: measure the dist/ already built (handy while working on the bench itself). */
  build: boolean;
}

const usage = `npm run bench [-- options]
  --quick              1 run of everything (for working on the bench; figures are noisy)
  --runs <n>           measured runs per journey (default 5)
  --throttled-runs <n> runs with the CPU slowed 4x (default: runs, at most 3)
  --lighthouse-runs <n> Lighthouse runs (default 3, 1 with --quick)
  --no-build           use the dist/ that is already built`;

export function parseOptions(argv: readonly string[]): BenchOptions {
  if (argv.includes("--help")) {
    console.log(usage);
    process.exit(0);
  }
  const quick = argv.includes("--quick");
  const runs = readCount(argv, "--runs") ?? (quick ? 1 : 5);
  return {
    runs,
    throttledRuns: readCount(argv, "--throttled-runs") ?? Math.min(runs, 3),
    lighthouseRuns: readCount(argv, "--lighthouse-runs") ?? (quick ? 1 : 3),
    build: !argv.includes("--no-build"),
  };
}

function readCount(argv: readonly string[], name: string): number | undefined {
  const index = argv.findIndex((arg) => arg === name || arg.startsWith(`${name}=`));
  if (index === -1) return undefined;
  const arg = argv[index] ?? "";
  const text = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[index + 1];
  const count = Number(text);
  if (!Number.isInteger(count) || count < 1) {
    throw new Error(
      `${name} needs a whole number of at least 1, not ${text ?? "nothing"}.\n${usage}`,
    );
  }
  return count;
}
