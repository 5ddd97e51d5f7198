import { formatRelativeTime } from "./relativeTime";

const NOW = Date.parse("2026-12-02T12:00:00Z");
const HOUR = 3_600_000;

describe("formatRelativeTime", () => {
  it.each([
    [NOW - 20_000, "just now"],
    [NOW - 5 * 60_000, "5 minutes ago"],
    [NOW - 3 * HOUR, "3 hours ago"],
    [NOW - 24 * HOUR, "yesterday"],
    [NOW - 3 * 24 * HOUR, "3 days ago"],
    [NOW - 45 * 24 * HOUR, "last month"],
    [NOW + 2 * HOUR, "in 2 hours"],
  ])("says when %s was", (ms, text) => {
    expect(formatRelativeTime(ms, NOW)).toBe(text);
  });
});
