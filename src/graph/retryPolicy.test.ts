import { ClientErrorCode, GraphError } from "./GraphError";
import {
  backoffDelayMs,
  DEFAULT_RETRY_SETTINGS,
  isRetryable,
  parseRetryAfterSeconds,
  planRetry,
  type HttpMethod,
} from "./retryPolicy";

const failure = (status: number, code = "Whatever", retryAfterSeconds?: number) =>
  new GraphError({ status, code, message: "m", retryAfterSeconds });
const networkFailure = failure(0, ClientErrorCode.NetworkError);
const offline = failure(0, ClientErrorCode.Offline);

describe("isRetryable", () => {
  it.each<[HttpMethod, GraphError, boolean]>([
    ["GET", failure(429), true],
    ["GET", failure(503), true],
    ["GET", failure(504), true],
    ["GET", networkFailure, true],
    ["GET", failure(500), false],
    ["GET", failure(404), false],
    ["GET", offline, false],
    ["DELETE", failure(429), true],
    ["DELETE", failure(503), true],
    ["DELETE", failure(504), true],
    ["DELETE", networkFailure, false],
    ["POST", failure(429), true],
    ["POST", failure(503), false],
    ["POST", failure(504), false],
    ["POST", networkFailure, false],
    ["POST", failure(400), false],
  ])("%s after status %s → %s", (method, error, expected) => {
    expect(isRetryable(method, error)).toBe(expected);
  });
});

describe("backoffDelayMs", () => {
  const settings = DEFAULT_RETRY_SETTINGS;

  it("doubles the ceiling per retry and applies full jitter", () => {
    expect(backoffDelayMs(1, settings, () => 0.999)).toBe(499);
    expect(backoffDelayMs(2, settings, () => 0.5)).toBe(500);
    expect(backoffDelayMs(3, settings, () => 0)).toBe(0);
  });

  it("never exceeds maxDelayMs", () => {
    expect(backoffDelayMs(20, settings, () => 0.999)).toBeLessThan(settings.maxDelayMs);
  });
});

describe("planRetry", () => {
  const settings = { ...DEFAULT_RETRY_SETTINGS, maxRetries: 2 };
  const half = () => 0.5;

  it("uses Retry-After when readable, in whole milliseconds", () => {
    expect(planRetry("GET", failure(429, "c", 1.5), 0, settings, half)).toBe(1500);
    expect(planRetry("GET", failure(429, "c", 0), 0, settings, half)).toBe(0);
  });

  it("falls back to backoff without Retry-After", () => {
    expect(planRetry("GET", failure(503), 1, settings, half)).toBe(500);
  });

  it("stops at maxRetries and for errors that must not be retried", () => {
    expect(planRetry("GET", failure(503), 2, settings, half)).toBeUndefined();
    expect(planRetry("POST", failure(503), 0, settings, half)).toBeUndefined();
  });

  it("does not wait out a Retry-After longer than maxRetryAfterMs", () => {
    expect(planRetry("GET", failure(429, "c", 61), 0, settings, half)).toBeUndefined();
  });
});

describe("parseRetryAfterSeconds", () => {
  const now = Date.parse("2025-01-01T00:00:00Z");

  it.each([
    ["1.5", 1.5],
    [" 3 ", 3],
    ["0", 0],
    ["Wed, 01 Jan 2025 00:00:10 GMT", 10],
    ["Tue, 31 Dec 2024 23:59:00 GMT", 0],
  ])("reads %j as %s seconds", (value, seconds) => {
    expect(parseRetryAfterSeconds(value, now)).toBe(seconds);
  });

  it.each([null, "", "soon", "-1", "1e3", "Wed, 99 Foo 2025 GMT"])("ignores %j", (value) => {
    expect(parseRetryAfterSeconds(value, now)).toBeUndefined();
  });
});
