import type { ZodType } from "../zod";

/**
 * What the token getter may do when Microsoft Entra ID needs the user: `redirect` leaves the page
 * (unsaved input is kept); `fail` throws at once, so the screen can ask before a popup opens.
 */
export type InteractionMode = "redirect" | "fail";

export interface TokenRequestOptions {
  /** Claims from a Graph claims challenge (decoded JSON string), forces a fresh token. */
  claims?: string;
  /** `redirect` unless given. */
  interaction?: InteractionMode;
}

/** Returns a bearer token for the given fully qualified scopes (see src/auth). */
export type TokenGetter = (
  scopes: readonly string[],
  options?: TokenRequestOptions,
) => Promise<string>;

export interface RequestOptions {
  signal?: AbortSignal;
  headers?: Record<string, string>;
  /** The permissions this request needs; the configured eSIM scopes unless given. */
  scopes?: readonly string[];
  /** See InteractionMode; `redirect` unless given. */
  interaction?: InteractionMode;
  /** A read sent as POST (directoryObjects/getByIds): retried like a GET. */
  readOnly?: boolean;
}

/** Why a request is being tried again; lets the UI say "throttled, retrying". */
export interface RetryEvent {
  method: string;
  url: string;
  status: number;
  attempt: number;
  delayMs: number;
}

/** One page of a collection, with where it was read from and where the next one is. */
export interface GraphPage<T> {
  items: T[];
  /** Absolute; reading it again gives this page again (resume from here after a failure). */
  url: string;
  /** Absolute; undefined on the last page. */
  nextUrl: string | undefined;
}

/**
 * The only way the app talks to Microsoft Graph. Paths are relative to the configured base URL
 * ("/deviceManagement/…") or absolute (an @odata.nextLink). Every method throws GraphError only.
 */
export interface GraphClient {
  get<T>(path: string, schema: ZodType<T>, options?: RequestOptions): Promise<T>;
  /**
   * One page at a time, following @odata.nextLink verbatim: the next page is requested only when
   * the consumer asks for it, so stopping the loop (or aborting the signal) stops the reading.
   * `path` may be a page's `url` from an earlier read, to continue from that page.
   */
  pages<T>(
    path: string,
    itemSchema: ZodType<T>,
    options?: RequestOptions,
  ): AsyncIterable<GraphPage<T>>;
  /** Every page buffered into one list; refuses a list longer than MAX_PAGES pages. */
  getAll<T>(path: string, itemSchema: ZodType<T>, options?: RequestOptions): Promise<T[]>;
  /** Not idempotent: retried only when Graph certainly did not process it (429). */
  post<T>(path: string, body: unknown, schema: ZodType<T>, options?: RequestOptions): Promise<T>;
  delete(path: string, options?: RequestOptions): Promise<void>;
}
