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
