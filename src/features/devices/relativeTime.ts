const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 86_400_000],
  ["month", 30 * 86_400_000],
  ["week", 7 * 86_400_000],
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];
const relativeFormat = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });
const exactFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "long" });

/** "3 days ago", "yesterday", "in 2 hours" (a clock ahead of ours); "just now" under a minute. */
export function formatRelativeTime(ms: number, nowMs: number): string {
  const elapsed = ms - nowMs;
  for (const [unit, size] of UNITS) {
    if (Math.abs(elapsed) >= size) return relativeFormat.format(Math.trunc(elapsed / size), unit);
  }
  return "just now";
}

/** The exact time, with its time zone. */
export function formatExactTime(ms: number): string {
  return exactFormat.format(ms);
}
