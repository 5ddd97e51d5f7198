/** Reading sign-in requests without trusting their shape, and answering them the way Entra does. */
import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { invalidClaimsDescription, parseClaimsRequest } from "./signinClaimsRequest";

export type ResponseMode = "query" | "fragment";

export interface AuthorizeRequest {
  /** Every parameter as sent, so the request can continue after the sign-in page. */
  params: URLSearchParams;
  clientId: string;
  redirectUri: URL;
  responseMode: ResponseMode;
  scope: string;
  state: string | undefined;
  prompt: string | undefined;
  loginHint: string | undefined;
}

export interface ProtocolError {
  error: string;
  description: string;
  /** Entra's `error_subcode`, e.g. `cancel` when the user turned the request down. */
  subcode?: string;
}

export type ParsedAuthorizeRequest =
  | { ok: true; request: AuthorizeRequest }
  /** Not answerable on the redirect URI (it is missing or not trusted): show the sentence instead. */
  | { ok: false; problem: string };

export function parseAuthorizeRequest(params: URLSearchParams): ParsedAuthorizeRequest {
  const clientId = params.get("client_id");
  if (!clientId) return { ok: false, problem: "The request has no client_id." };
  const redirectUri = loopbackUrl(params.get("redirect_uri"));
  if (!redirectUri) {
    return {
      ok: false,
      problem: "The redirect_uri is missing or is not an http(s) address on this machine.",
    };
  }
  return {
    ok: true,
    request: {
      params,
      clientId,
      redirectUri,
      responseMode: params.get("response_mode") === "fragment" ? "fragment" : "query",
      scope: params.get("scope") ?? "",
      state: params.get("state") ?? undefined,
      prompt: params.get("prompt") ?? undefined,
      loginHint: params.get("login_hint") ?? undefined,
    },
  };
}

/** Entra requires the code flow with PKCE (S256) from a single-page app, and claims it can read. */
export function protocolErrorIn(request: AuthorizeRequest): ProtocolError | undefined {
  if (request.params.get("response_type") !== "code") {
    return {
      error: "unsupported_response_type",
      description: "AADSTS700054: Only response_type=code is enabled for this application.",
    };
  }
  if (
    !request.params.get("code_challenge") ||
    request.params.get("code_challenge_method") !== "S256"
  ) {
    return {
      error: "invalid_request",
      description:
        "AADSTS9002325: Proof Key for Code Exchange (S256) is required for this application.",
    };
  }
  if (!parseClaimsRequest(request.params.get("claims") ?? undefined).ok) {
    return { error: "invalid_request", description: invalidClaimsDescription };
  }
  return undefined;
}

/** Where to send the browser with an error, keeping `state` and the requested response mode. */
export function errorRedirect(request: AuthorizeRequest, problem: ProtocolError): string {
  const url = new URL(request.redirectUri);
  const answer: Record<string, string> = {
    error: problem.error,
    error_description: problem.description,
  };
  if (problem.subcode !== undefined) answer["error_subcode"] = problem.subcode;
  if (request.state !== undefined) answer["state"] = request.state;
  placeAnswer(url, answer, request.responseMode);
  return url.href;
}

/** Puts the answer where the app asked for it: MSAL reads a `response_mode=fragment` answer only from the fragment. */
export function placeAnswer(url: URL, answer: Record<string, string>, mode: ResponseMode): void {
  if (mode === "query") {
    for (const [name, value] of Object.entries(answer)) url.searchParams.set(name, value);
    return;
  }
  const fragment = new URLSearchParams(url.hash.slice(1));
  for (const [name, value] of Object.entries(answer)) fragment.set(name, value);
  url.hash = fragment.toString();
}

export interface TokenError extends ProtocolError {
  /** e.g. `consent_required`: what MSAL reads to make an InteractionRequiredAuthError. */
  suberror?: string;
}

/**
 * The token endpoint's error body, shaped like Entra's. MSAL makes an InteractionRequiredAuthError
 * of a `suberror` such as `consent_required`; a bare `invalid_grant` it first retries silently.
 */
export function entraTokenError(
  { error, description, suberror }: TokenError,
  clientRequestId: string | undefined,
): Record<string, unknown> {
  // Entra names the client's request id as the correlation id, and its own trace id.
  const correlationId = /^[0-9a-f-]{36}$/i.test(clientRequestId ?? "")
    ? clientRequestId
    : randomUUID();
  const traceId = randomUUID();
  const timestamp = new Date()
    .toISOString()
    .replace("T", " ")
    .replace(/\.\d+Z$/, "Z");
  const code = /^AADSTS(\d+):/.exec(description)?.[1];
  return {
    error,
    error_description: `${description} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`,
    ...(code && { error_codes: [Number(code)] }),
    timestamp,
    trace_id: traceId,
    correlation_id: correlationId,
    ...(code && { error_uri: `https://login.microsoftonline.com/error?code=${code}` }),
    ...(suberror && { suberror }),
  };
}

/** Like an app registration's redirect URIs, but for any port: only this machine is trusted. */
export function loopbackUrl(value: string | null): URL | undefined {
  if (!value || !URL.canParse(value)) return undefined;
  const url = new URL(value);
  const loopbackHosts = ["127.0.0.1", "localhost", "[::1]"];
  const isWeb = url.protocol === "http:" || url.protocol === "https:";
  return isWeb && loopbackHosts.includes(url.hostname) ? url : undefined;
}

/** A parsed form body, keeping only single string values. */
export function formFields(body: unknown): Map<string, string> {
  const fields = new Map<string, string>();
  if (typeof body !== "object" || body === null) return fields;
  for (const [name, value] of Object.entries(body)) {
    if (typeof value === "string") fields.set(name, value);
  }
  return fields;
}

/** The query string as sent, independent of Express's query parser. */
export function searchParamsOf(req: IncomingMessage): URLSearchParams {
  return new URL(req.url ?? "/", "http://127.0.0.1").searchParams;
}
