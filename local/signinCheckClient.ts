/**
 * What local/signinServerCheck.ts drives the sign-in server with: a browser-like client (cookies,
 * forms posted from the page's own HTML, redirects followed by hand), a real PKCE authorize
 * request, token calls, and MSAL's own classification of the server's error answers.
 */
import assert from "node:assert/strict";
import { createHash, randomBytes } from "node:crypto";
import {
  AuthorizeProtocol,
  Logger,
  RequestParameterBuilder,
  ResponseHandler,
  type AuthorizeResponse,
  type ServerAuthorizationTokenResponse,
} from "@azure/msal-common";

export const GRAPH = "https://graph.microsoft.com";
export const OPENID = "openid profile offline_access";

/** Where the browser ended up: a page of the sign-in server, or a redirect back to the app. */
export type Landing =
  { kind: "page"; status: number; headers: Headers; html: string } | { kind: "app"; url: URL };

export class Browser {
  readonly #cookies = new Map<string, string>();
  readonly #origin: string;

  constructor(signInOrigin: string) {
    this.#origin = signInOrigin;
  }

  /** Follows the sign-in server's own redirects; stops at a page or where it sends the app. */
  async navigate(url: string, init: RequestInit = {}): Promise<Landing> {
    let current = new URL(url);
    let response = await this.#send(current, init);
    while (response.status >= 300 && response.status < 400) {
      current = new URL(response.headers.get("location") ?? "", current);
      if (current.origin !== this.#origin) return { kind: "app", url: current };
      response = await this.#send(current, {});
    }
    return {
      kind: "page",
      status: response.status,
      headers: response.headers,
      html: await response.text(),
    };
  }

  /** Presses the page's button with this accessible name, posting the form as a browser does. */
  async press(landing: Landing, name: string | RegExp): Promise<Landing> {
    const page = pageOf(landing);
    const form = formOf(page.html);
    const button = form.buttons.find((candidate) =>
      typeof name === "string" ? candidate.label === name : name.test(candidate.label),
    );
    assert.ok(button, `no button ${String(name)} on "${headingOf(page.html)}"`);
    const body = new URLSearchParams([...form.fields, [button.name, button.value]]);
    return this.navigate(new URL(form.action, this.#origin).href, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body,
    });
  }

  async #send(url: URL, init: RequestInit): Promise<Response> {
    const headers = new Headers(init.headers);
    const cookie = [...this.#cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    if (cookie) headers.set("Cookie", cookie);
    const response = await fetch(url, { ...init, headers, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const [name = "", ...value] = pair.split("=");
      if (value.join("=") === "") this.#cookies.delete(name);
      else this.#cookies.set(name, value.join("="));
    }
    return response;
  }
}

export function pageOf(landing: Landing): Extract<Landing, { kind: "page" }> {
  assert.equal(landing.kind, "page", `expected a page, went back to ${landingUrl(landing)}`);
  return landing as Extract<Landing, { kind: "page" }>;
}

export function headingOf(html: string): string | undefined {
  return /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];
}

/** The accessible names of the page's buttons, in order. */
export function buttonsOf(landing: Landing): string[] {
  return formOf(pageOf(landing).html).buttons.map((button) => button.label);
}

/** The page's text without markup, for looking up sentences. */
export function textOf(landing: Landing): string {
  return decode(pageOf(landing).html.replace(/<[^>]*>/g, " ")).replace(/\s+/g, " ");
}

function formOf(html: string) {
  const action = /<form method="post" action="([^"]*)"/.exec(html)?.[1];
  assert.ok(action !== undefined, `no form on "${headingOf(html)}"`);
  const fields = [...html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)].map(
    ([, name = "", value = ""]) => [decode(name), decode(value)],
  );
  const buttons = [
    ...html.matchAll(
      /<button type="submit" name="([^"]*)" value="([^"]*)"[^>]*>([\s\S]*?)<\/button>/g,
    ),
  ].map(([, name = "", value = "", content = ""]) => ({
    name: decode(name),
    value: decode(value),
    label: decode(content.replace(/<[^>]*>/g, " "))
      .replace(/\s+/g, " ")
      .trim(),
  }));
  return { action: decode(action), fields, buttons };
}

function decode(html: string): string {
  return html
    .replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">")
    .replaceAll("&quot;", '"')
    .replaceAll("&#39;", "'")
    .replaceAll("&amp;", "&");
}

export interface AuthorizeRequest {
  url: string;
  redirectUri: string;
  verifier: string;
  state: string;
  scope: string;
  responseMode: "fragment" | "query";
}

export interface Endpoints {
  authorize: string;
  token: string;
  clientId: string;
}

/** An authorize request as MSAL sends it: code flow, PKCE (S256), nonce, state, client_info. */
export function authorizeRequest(
  endpoints: Endpoints,
  options: {
    scope: string;
    prompt?: string;
    redirectUri: string;
    responseMode?: "query";
    claims?: string;
  },
): AuthorizeRequest {
  const verifier = randomBytes(32).toString("base64url");
  const state = randomBytes(12).toString("base64url");
  const responseMode = options.responseMode ?? "fragment";
  const params = new URLSearchParams({
    client_id: endpoints.clientId,
    response_type: "code",
    redirect_uri: options.redirectUri,
    scope: options.scope,
    state,
    nonce: randomBytes(12).toString("base64url"),
    code_challenge: createHash("sha256").update(verifier).digest("base64url"),
    code_challenge_method: "S256",
    response_mode: responseMode,
    client_info: "1",
    ...(options.prompt !== undefined && { prompt: options.prompt }),
    ...(options.claims !== undefined && { claims: options.claims }),
  });
  const url = `${endpoints.authorize}?${params.toString()}`;
  return {
    url,
    redirectUri: options.redirectUri,
    verifier,
    state,
    scope: options.scope,
    responseMode,
  };
}

/** The parameters the app receives, read only from where it asked for them. */
export function answerOf(landing: Landing, request: AuthorizeRequest): URLSearchParams {
  assert.equal(landing.kind, "app", `expected the app, got the page "${landingUrl(landing)}"`);
  const url = (landing as Extract<Landing, { kind: "app" }>).url;
  assert.equal(`${url.origin}${url.pathname}`, request.redirectUri);
  const [here, elsewhere] =
    request.responseMode === "fragment" ? [url.hash.slice(1), url.search] : [url.search, url.hash];
  assert.equal(elsewhere, "", "the answer is in the wrong part of the redirect URI");
  const answer = new URLSearchParams(here);
  assert.equal(answer.get("state"), request.state);
  return answer;
}

function landingUrl(landing: Landing): string {
  return landing.kind === "app" ? landing.url.href : (headingOf(landing.html) ?? "page");
}

export interface TokenAnswer {
  status: number;
  body: Record<string, unknown>;
}

export async function tokenCall(
  endpoints: Endpoints,
  form: Record<string, string>,
): Promise<TokenAnswer> {
  const response = await fetch(endpoints.token, {
    method: "POST",
    headers: { "client-request-id": "00000000-0000-4000-8000-00000000c0de" },
    body: new URLSearchParams({ client_id: endpoints.clientId, ...form }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

export function redeem(
  endpoints: Endpoints,
  code: string,
  request: AuthorizeRequest,
  claims?: string,
) {
  return tokenCall(endpoints, {
    grant_type: "authorization_code",
    code,
    code_verifier: request.verifier,
    redirect_uri: request.redirectUri,
    scope: request.scope,
    ...(claims !== undefined && { claims }),
  });
}

export function refresh(
  endpoints: Endpoints,
  refreshToken: unknown,
  scope: string,
  claims?: string,
) {
  assert.equal(typeof refreshToken, "string");
  return tokenCall(endpoints, {
    grant_type: "refresh_token",
    refresh_token: refreshToken as string,
    scope,
    ...(claims !== undefined && { claims }),
  });
}

/**
 * The `claims` parameter exactly as MSAL builds it for every authorize and token request: its
 * default id_token claims, `xms_cc` for the app's `clientCapabilities`, and a claims challenge's
 * claims (decoded JSON) when it renews for one.
 */
export function msalClaims(clientCapabilities: string[], challengeClaims?: string): string {
  return RequestParameterBuilder.buildMergedClaims(challengeClaims, clientCapabilities);
}

/** The access token's claims (the signature is the Graph emulator's business). */
export function accessClaims(answer: TokenAnswer): Record<string, unknown> {
  assert.equal(answer.status, 200, `token call refused: ${JSON.stringify(answer.body)}`);
  const [, payload = ""] = String(answer.body["access_token"]).split(".");
  return JSON.parse(Buffer.from(payload, "base64url").toString()) as Record<string, unknown>;
}

// MSAL's own checks of a token error body (RefreshTokenClient/AuthorizationCodeClient call it
// without refreshAccessToken) and of an authorize answer (popup, iframe, redirect).
const msalResponses = new ResponseHandler(
  "check",
  undefined as never,
  undefined as never,
  new Logger({}),
  undefined as never,
  null,
  null,
);

export function msalTokenError(body: Record<string, unknown>): unknown {
  try {
    msalResponses.validateTokenResponse(body as ServerAuthorizationTokenResponse, "check");
  } catch (error) {
    return error;
  }
  return assert.fail("MSAL took the error body for a token response");
}

export function msalAuthorizeError(answer: URLSearchParams, request: AuthorizeRequest): unknown {
  try {
    const params = Object.fromEntries(answer) as AuthorizeResponse;
    AuthorizeProtocol.getAuthorizationCodePayload(params, request.state, "check");
  } catch (error) {
    return error;
  }
  return assert.fail("MSAL took the error answer for a code");
}
