import type { ZodType } from "zod";

export interface TokenRequestOptions {
  /** Claims from a Graph claims challenge (decoded JSON string), forces a fresh token. */
  claims?: string;
}

/** Returns a bearer token for the given fully qualified scopes (see src/auth). */
export type TokenGetter = (scopes: string[], options?: TokenRequestOptions) => Promise<string>;

export interface RequestOptions {
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

/** Why a request is being tried again; lets the UI say "throttled, retrying". */
export interface RetryEvent {
  method: string;
  url: string;
  status: number;
  attempt: number;
  delayMs: number;
}

/**
 * The only way the app talks to Microsoft Graph. Paths are relative to the configured base URL
 * ("/deviceManagement/…") or absolute (an @odata.nextLink). Every method throws GraphError only.
 */
export interface GraphClient {
  get<T>(path: string, schema: ZodType<T>, options?: RequestOptions): Promise<T>;
  /** Follows @odata.nextLink verbatim until it is absent. */
  getAll<T>(path: string, itemSchema: ZodType<T>, options?: RequestOptions): Promise<T[]>;
  /** Not idempotent: retried only when Graph certainly did not process it (429). */
  post<T>(path: string, body: unknown, schema: ZodType<T>, options?: RequestOptions): Promise<T>;
  delete(path: string, options?: RequestOptions): Promise<void>;
}
