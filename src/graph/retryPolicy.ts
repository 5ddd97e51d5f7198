import { ClientErrorCode, type GraphError } from "./GraphError";

export type HttpMethod = "GET" | "POST" | "DELETE";

/** What a request does, which decides what may be replayed: a read sent as POST is a read. */
export type RequestKind = "read" | "create" | "delete";

export function requestKind(method: HttpMethod, readOnly = false): RequestKind {
  if (method === "GET" || readOnly) return "read";
  return method === "POST" ? "create" : "delete";
}

export interface RetrySettings {
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A longer Retry-After is not waited out: the 429/503 is thrown so the UI can say when to retry. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_SETTINGS: RetrySettings = {
  maxRetries: 3,
  baseDelayMs: 500,
  maxDelayMs: 8000,
  maxRetryAfterMs: 60_000,
};

const TRANSIENT_STATUSES = new Set([429, 503, 504]);

/**
 * A 429 means Graph refused the request unprocessed, so anything may be replayed. Only reads are
 * replayed after a 5xx or a dropped connection: a create may have been stored, and a DELETE
 * replayed after a lost answer would report 404 for its own success, so for writes the caller
 * re-reads and reconciles instead.
 */
export function isRetryable(kind: RequestKind, error: GraphError): boolean {
  if (error.status === 429) return true;
  if (kind !== "read") return false;
  return error.code === ClientErrorCode.NetworkError || TRANSIENT_STATUSES.has(error.status);
}

/** Capped exponential backoff with full jitter; `retryNumber` starts at 1. */
export function backoffDelayMs(
  retryNumber: number,
  settings: RetrySettings,
  random: () => number,
): number {
  const ceiling = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** (retryNumber - 1));
  return Math.floor(random() * ceiling);
}

/** How long to wait before the next try, or undefined to give up and throw `error`. */
export function planRetry(
  kind: RequestKind,
  error: GraphError,
  retriesDone: number,
  settings: RetrySettings,
  random: () => number,
): number | undefined {
  if (retriesDone >= settings.maxRetries || !isRetryable(kind, error)) return undefined;
  if (error.retryAfterSeconds === undefined) {
    return backoffDelayMs(retriesDone + 1, settings, random);
  }
  const retryAfterMs = Math.ceil(error.retryAfterSeconds * 1000);
  return retryAfterMs <= settings.maxRetryAfterMs ? retryAfterMs : undefined;
}

/** `Retry-After` as seconds (fractional allowed) or an HTTP date; undefined when unreadable. */
export function parseRetryAfterSeconds(value: string | null, nowMs: number): number | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  if (!/GMT$/i.test(trimmed)) return undefined;
  const dateMs = Date.parse(trimmed);
  return Number.isNaN(dateMs) ? undefined : Math.max(0, (dateMs - nowMs) / 1000);
}
