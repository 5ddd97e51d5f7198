/**
 * Codes the client itself puts on a GraphError. Codes Graph sends (e.g. "Forbidden",
 * "ResourceNotFound") pass through unchanged.
 */
export const ClientErrorCode = {
  /** navigator.onLine was false: nothing was sent. */
  Offline: "Offline",
  /** fetch rejected: the request may or may not have reached Graph. */
  NetworkError: "NetworkError",
  /** A non-2xx answer without a Graph error body. */
  HttpError: "HttpError",
  /** A 2xx answer whose body did not match the expected schema (or was not JSON). */
  UnexpectedResponse: "UnexpectedResponse",
  /** A claims challenge repeated after a fresh token with those claims. */
  InsufficientClaims: "InsufficientClaims",
  /** getAccessToken failed; `cause` holds the auth error. Nothing was sent. */
  TokenUnavailable: "TokenUnavailable",
  /** An absolute URL on another origin than the Graph base URL: the token is not sent there. */
  UntrustedUrl: "UntrustedUrl",
} as const;

export type ClientErrorCode = (typeof ClientErrorCode)[keyof typeof ClientErrorCode];

/** Status 0 means no HTTP response arrived (offline, dropped connection, CORS, timeout). */
export interface GraphErrorDetails {
  status: number;
  code: string;
  message: string;
  requestId?: string;
  clientRequestId?: string;
  date?: string;
  retryAfterSeconds?: number;
  /** The underlying failure (e.g. the auth error behind a TokenUnavailable). */
  cause?: unknown;
}

/** Client-side failures where the request never left the browser. */
const notSentCodes = new Set<string>([
  ClientErrorCode.Offline,
  ClientErrorCode.TokenUnavailable,
  ClientErrorCode.UntrustedUrl,
]);

export class GraphError extends Error {
  readonly status: number;
  readonly code: string;
  readonly requestId: string | undefined;
  readonly clientRequestId: string | undefined;
  readonly date: string | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(details: GraphErrorDetails) {
    super(details.message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = "GraphError";
    this.status = details.status;
    this.code = details.code;
    this.requestId = details.requestId;
    this.clientRequestId = details.clientRequestId;
    this.date = details.date;
    this.retryAfterSeconds = details.retryAfterSeconds;
  }

  /** True when the request may or may not have been processed: never replay a create blindly. */
  get isAmbiguous(): boolean {
    if (notSentCodes.has(this.code)) return false;
    return this.status === 0 || this.status >= 500;
  }
}

export function isGraphError(error: unknown): error is GraphError {
  return error instanceof GraphError;
}

/** True when a failed create may still have been stored: no usable answer arrived after sending. */
export function mayHaveBeenStored(error: unknown): boolean {
  if (!isGraphError(error)) return false;
  return error.isAmbiguous || error.code === ClientErrorCode.UnexpectedResponse;
}

// Failures before any HTTP answer arrived (status 0).

export function offlineError(): GraphError {
  return new GraphError({
    status: 0,
    code: ClientErrorCode.Offline,
    message: "You appear to be offline; nothing was sent.",
  });
}

export function networkError(clientRequestId: string): GraphError {
  return new GraphError({
    status: 0,
    code: ClientErrorCode.NetworkError,
    message:
      "No answer came back from Microsoft Graph: the connection dropped, was blocked, or timed out, and the request may not have reached Microsoft Graph.",
    clientRequestId,
  });
}

export function tokenUnavailable(cause: unknown): GraphError {
  const message = cause instanceof Error && cause.message ? cause.message : "";
  return new GraphError({
    status: 0,
    code: ClientErrorCode.TokenUnavailable,
    message: message || "Could not get an access token for Microsoft Graph. Nothing was sent.",
    cause,
  });
}

/** Cancellation (TanStack Query, unmount) is not a failure: it passes through untouched. */
export function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  const name = typeof error === "object" && error !== null && "name" in error ? error.name : "";
  return signal?.aborted === true || name === "AbortError";
}
