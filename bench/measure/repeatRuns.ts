/** Runs `measure` `count` times in turn, saying how long each took: some take minutes. */
export async function repeatRuns<T>(
  count: number,
  measure: (run: number) => Promise<T>,
): Promise<T[]> {
  const results: T[] = [];
  for (let run = 0; run < count; run += 1) {
    const started = Date.now();
    results.push(await measure(run));
    const seconds = Math.round((Date.now() - started) / 1000);
    console.log(`      run ${run + 1} of ${count}: ${seconds} s`);
  }
  return results;
}
