import { ClientErrorCode } from "./errorCodes";
import { GraphError } from "./GraphError";

/** Failures before any HTTP answer arrived (status 0). */

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
