import { ClientErrorCode, GraphError } from "./GraphError";
import {
  backoffDelayMs,
  DEFAULT_RETRY_SETTINGS,
  isRetryable,
  parseRetryAfterSeconds,
  planRetry,
  requestKind,
  type RequestKind,
} from "./retryPolicy";

const failure = (status: number, code = "Whatever", retryAfterSeconds?: number) =>
  new GraphError({ status, code, message: "m", retryAfterSeconds });
const networkFailure = failure(0, ClientErrorCode.NetworkError);
const offline = failure(0, ClientErrorCode.Offline);

describe("isRetryable", () => {
  it.each<[RequestKind, GraphError, boolean]>([
    ["read", failure(429), true],
    ["read", failure(503), true],
    ["read", failure(504), true],
    ["read", networkFailure, true],
    ["read", failure(500), false],
    ["read", failure(404), false],
    ["read", offline, false],
    ["delete", failure(429), true],
    ["delete", failure(503), false],
    ["delete", failure(504), false],
    ["delete", networkFailure, false],
    ["create", failure(429), true],
    ["create", failure(503), false],
    ["create", failure(504), false],
    ["create", networkFailure, false],
    ["create", failure(400), false],
  ])("%s after status %s → %s", (method, error, expected) => {
    expect(isRetryable(method, error)).toBe(expected);
  });
});

describe("requestKind", () => {
  it("treats a read sent as POST as a read, and every other POST as a create", () => {
    expect(requestKind("GET")).toBe("read");
    expect(requestKind("POST", true)).toBe("read");
    expect(requestKind("POST")).toBe("create");
    expect(requestKind("DELETE")).toBe("delete");
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
    expect(planRetry("read", failure(429, "c", 1.5), 0, settings, half)).toBe(1500);
    expect(planRetry("read", failure(429, "c", 0), 0, settings, half)).toBe(0);
  });

  it("falls back to backoff without Retry-After", () => {
    expect(planRetry("read", failure(503), 1, settings, half)).toBe(500);
  });

  it("stops at maxRetries and for errors that must not be retried", () => {
    expect(planRetry("read", failure(503), 2, settings, half)).toBeUndefined();
    expect(planRetry("create", failure(503), 0, settings, half)).toBeUndefined();
  });

  it("does not wait out a Retry-After longer than maxRetryAfterMs", () => {
    expect(planRetry("read", failure(429, "c", 61), 0, settings, half)).toBeUndefined();
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
