import type { RequestOptions, RetryEvent, TokenGetter } from "./clientTypes";
import {
  GraphError,
  isAbort,
  isGraphError,
  networkError,
  offlineError,
  tokenUnavailable,
} from "./GraphError";
import { errorFromResponse, insufficientClaims, type SentResponse } from "./responseErrors";
import { planRetry, requestKind, type HttpMethod, type RetrySettings } from "./retryPolicy";
import { claimsFromChallenge } from "./wwwAuthenticate";

export interface TransportSettings {
  scopes: readonly string[];
  getAccessToken: TokenGetter;
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  retry: RetrySettings;
  onRetry: ((event: RetryEvent) => void) | undefined;
  isOnline: () => boolean;
}

export interface GraphRequest {
  method: HttpMethod;
  url: string;
  body?: unknown;
  options?: RequestOptions | undefined;
}

interface Failure {
  error: GraphError;
  claims?: string | undefined;
}

/** Sends until a 2xx arrives; throws the GraphError once the retry policy gives up. */
export async function send(
  settings: TransportSettings,
  request: GraphRequest,
): Promise<SentResponse> {
  const signal = request.options?.signal;
  let claims: string | undefined;
  for (let retriesDone = 0; ;) {
    signal?.throwIfAborted();
    const outcome = await attempt(settings, request, claims);
    if (!("error" in outcome)) return outcome;
    if (outcome.claims !== undefined) {
      // One fresh token with the requested claims; a repeated challenge would only loop.
      if (claims !== undefined) throw insufficientClaims(outcome.error);
      claims = outcome.claims;
      continue;
    }
    const delayMs = planRetry(
      requestKind(request.method, request.options?.readOnly),
      outcome.error,
      retriesDone,
      settings.retry,
      settings.random,
    );
    if (delayMs === undefined) throw outcome.error;
    retriesDone += 1;
    await waitBeforeRetry(settings, request, outcome.error.status, retriesDone, delayMs);
  }
}

async function waitBeforeRetry(
  settings: TransportSettings,
  { method, url, options }: GraphRequest,
  status: number,
  attempt: number,
  delayMs: number,
): Promise<void> {
  settings.onRetry?.({ method, url, status, attempt, delayMs });
  await sleepUnlessAborted(settings.sleep, delayMs, options?.signal);
}

/** One try: a 2xx, or a failure the loop may retry. Offline and token failures throw. */
async function attempt(
  settings: TransportSettings,
  request: GraphRequest,
  claims: string | undefined,
): Promise<SentResponse | Failure> {
  if (!settings.isOnline()) throw offlineError();
  const token = await accessToken(settings, request.options, claims);
  const clientRequestId = crypto.randomUUID();
  let response: Response;
  try {
    response = await settings.fetch(request.url, {
      method: request.method,
      headers: requestHeaders(token, clientRequestId, request),
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: request.options?.signal,
    });
  } catch (error) {
    if (isAbort(error, request.options?.signal)) throw error;
    return { error: networkError(clientRequestId) };
  }
  if (response.ok) return { response, clientRequestId };
  const error = await errorFromResponse({ response, clientRequestId });
  const challenge = response.status === 401 ? response.headers.get("www-authenticate") : null;
  return { error, claims: claimsFromChallenge(challenge) };
}

async function accessToken(
  settings: TransportSettings,
  options: RequestOptions | undefined,
  claims: string | undefined,
): Promise<string> {
  const interaction = options?.interaction;
  const tokenOptions = {
    ...(claims === undefined ? {} : { claims }),
    ...(interaction === undefined ? {} : { interaction }),
  };
  try {
    return await settings.getAccessToken(
      options?.scopes ?? settings.scopes,
      Object.keys(tokenOptions).length > 0 ? tokenOptions : undefined,
    );
  } catch (error) {
    if (isAbort(error, options?.signal) || isGraphError(error)) throw error;
    throw tokenUnavailable(error);
  }
}

function requestHeaders(token: string, clientRequestId: string, request: GraphRequest) {
  const headers = new Headers(request.options?.headers);
  headers.set("Authorization", `Bearer ${token}`);
  headers.set("client-request-id", clientRequestId);
  headers.set("Accept", "application/json");
  if (request.body !== undefined) headers.set("Content-Type", "application/json");
  return headers;
}

function sleepUnlessAborted(
  sleep: (ms: number) => Promise<void>,
  ms: number,
  signal: AbortSignal | undefined,
): Promise<void> {
  if (!signal) return sleep(ms);
  signal.throwIfAborted();
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    sleep(ms)
      .then(resolve, reject)
      .finally(() => signal.removeEventListener("abort", onAbort));
  });
}
