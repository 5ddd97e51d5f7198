import { ClientErrorCode } from "./errorCodes";

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
