import { describe, expect, it } from "vitest";
import { announceRetry, onRetryAnnounced, retrySentence } from "./retryNotices";

const event = { method: "GET", url: "https://graph.test/beta/x", attempt: 2, delayMs: 1500 };

describe("retry notices", () => {
  it.each([
    [429, "Microsoft Graph is throttling requests; retrying in 2 s (attempt 2)."],
    [503, "Microsoft Graph answered 503; retrying in 2 s (attempt 2)."],
    [0, "Microsoft Graph could not be reached; retrying in 2 s (attempt 2)."],
  ])("says why and when for status %i", (status, sentence) => {
    expect(retrySentence({ ...event, status })).toBe(sentence);
  });

  it("reaches listeners until they unsubscribe", () => {
    const heard: number[] = [];
    const stop = onRetryAnnounced((retry) => heard.push(retry.status));
    announceRetry({ ...event, status: 429 });
    stop();
    announceRetry({ ...event, status: 503 });
    expect(heard).toEqual([429]);
  });
});
