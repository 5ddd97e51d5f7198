/** Whatever the bench started, stopped in reverse order: at the end, on failure, on Ctrl+C. */
const cleanups: (() => Promise<void>)[] = [];
let interrupted = false;

export function onCleanup(cleanup: () => Promise<void>): void {
  cleanups.push(cleanup);
}

export async function cleanUp(): Promise<void> {
  while (cleanups.length > 0) {
    const cleanup = cleanups.pop();
    await cleanup?.().catch((error: unknown) => {
      console.error(`  While stopping: ${error instanceof Error ? error.message : String(error)}`);
    });
  }
}

/** After Ctrl+C, whatever fails next is the interruption's doing, not something to report. */
export function wasInterrupted(): boolean {
  return interrupted;
}

export function cleanUpOnSignals(): void {
  const stop = (signal: string) => {
    if (interrupted) process.exit(130); // a second Ctrl+C: stop waiting
    interrupted = true;
    console.error(`\n  ${signal}: stopping what the bench started…`);
    void cleanUp().then(() => process.exit(130));
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}
