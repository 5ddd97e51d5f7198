/**
 * The authorize endpoint: decides who signs in (session, login_hint or the account picker), then
 * lets oauth2-mock-server issue the code (it keeps the PKCE challenge and nonce for the token
 * endpoint) and shapes its redirect the way Entra answers.
 */
import type { IncomingMessage } from "node:http";
import express, { type Router } from "express";
import { Events, type MutableRedirectUri, type OAuth2Service } from "oauth2-mock-server";
import {
  errorRedirect,
  formFields,
  parseAuthorizeRequest,
  placeAnswer,
  protocolErrorIn,
  searchParamsOf,
  type AuthorizeRequest,
  type ProtocolError,
} from "./signinRequest";
import { clientInfo } from "./signinClaims";
import type { ConsentGrants } from "./signinConsent";
import { answerConsent, passesConsent } from "./signinConsentFlow";
import type { IssuedGrants } from "./signinGrants";
import { accountPickerPage, messagePage, sendPage } from "./signinPages";
import type { SignInSessions } from "./signinSessions";
import { demoUsers, findDemoUserByKey, findDemoUserByLogin, type DemoUser } from "./users";

export interface AuthorizeEndpointDeps {
  path: string;
  tenantId: string;
  sessions: SignInSessions;
  grants: IssuedGrants;
  consents: ConsentGrants;
  /** Any client_id is accepted, as if every app on this machine were registered under this name. */
  appName: string;
  log: (line: string) => void;
}

type Choice =
  | { kind: "user"; user: DemoUser }
  | { kind: "picker" }
  | { kind: "refuse"; problem: ProtocolError };

const loginRequired: ProtocolError = {
  error: "login_required",
  description: "AADSTS50058: A silent sign-in request was sent but no matching user is signed in.",
};

export function chooseUser(request: AuthorizeRequest, sessionUser: DemoUser | undefined): Choice {
  const hinted = request.loginHint ? findDemoUserByLogin(request.loginHint) : undefined;
  switch (request.prompt) {
    case "login":
    case "select_account":
      return { kind: "picker" };
    case "none":
      if (sessionUser && (!request.loginHint || hinted === sessionUser)) {
        return { kind: "user", user: sessionUser };
      }
      return { kind: "refuse", problem: loginRequired };
    default:
      if (hinted) return { kind: "user", user: hinted };
      if (sessionUser) return { kind: "user", user: sessionUser };
      return { kind: "picker" };
  }
}

export function authorizeEndpoint(deps: AuthorizeEndpointDeps, service: OAuth2Service): Router {
  const chosenUsers = new WeakMap<IncomingMessage, DemoUser>();
  const router = express.Router();

  router.get(deps.path, (req, res, next) => {
    const parsed = parseAuthorizeRequest(searchParamsOf(req));
    if (!parsed.ok) return sendPage(res, 400, messagePage("Cannot sign in", parsed.problem));
    const request = parsed.request;
    const protocolError = protocolErrorIn(request);
    if (protocolError) return res.redirect(errorRedirect(request, protocolError));

    const sessionUser = deps.sessions.current(req);
    const choice = chooseUser(request, sessionUser);
    if (choice.kind === "picker") {
      return sendPage(res, 200, accountPickerPage(deps.path, request.params, demoUsers));
    }
    if (choice.kind === "refuse") return res.redirect(errorRedirect(request, choice.problem));
    if (choice.user !== sessionUser) {
      deps.sessions.start(req, res, choice.user);
      deps.log(`${choice.user.displayName} signed in (login_hint)`);
    }
    if (!passesConsent(deps, request, choice.user, res)) return;
    chosenUsers.set(req, choice.user);
    next();
  });

  router.post(deps.path, express.urlencoded({ extended: false }), (req, res) => {
    const form = formFields(req.body);
    const params = new URLSearchParams([...form].filter(([name]) => !pageFields.has(name)));
    const parsed = parseAuthorizeRequest(params);
    if (!parsed.ok) return sendPage(res, 400, messagePage("Cannot sign in", parsed.problem));
    if (form.has("consent")) {
      return answerConsent(deps, req, res, parsed.request, form.get("consent"));
    }
    if (form.has("cancel")) {
      const declined = {
        error: "access_denied",
        description: "AADSTS65004: The user cancelled the sign-in.",
      };
      return res.redirect(303, errorRedirect(parsed.request, declined));
    }
    const user = findDemoUserByKey(form.get("user") ?? "");
    if (!user) return sendPage(res, 400, accountPickerPage(deps.path, params, demoUsers));
    deps.sessions.start(req, res, user);
    deps.log(`${user.displayName} signed in (picked on the sign-in page)`);
    // The choice answers prompt and login_hint; the session now decides who continues.
    params.delete("prompt");
    params.delete("login_hint");
    res.redirect(303, `${deps.path}?${params.toString()}`);
  });

  service.on(
    Events.BeforeAuthorizeRedirect,
    (redirect: MutableRedirectUri, req: IncomingMessage) => {
      const user = chosenUsers.get(req);
      const parsed = parseAuthorizeRequest(searchParamsOf(req));
      const code = redirect.url.searchParams.get("code");
      if (!user || !parsed.ok || code === null) return;
      const { clientId, redirectUri, scope, state, responseMode } = parsed.request;
      deps.grants.rememberCode(code, { user, clientId, redirectUri: redirectUri.href, scope });

      // The mock answers in the query; move its answer to where the app asked for it.
      redirect.url.searchParams.delete("code");
      redirect.url.searchParams.delete("state");
      const answer: Record<string, string> = { code, client_info: clientInfo(user, deps.tenantId) };
      if (state !== undefined) answer["state"] = state;
      placeAnswer(redirect.url, answer, responseMode);
    },
  );

  return router;
}

/** The pages' own buttons (picker, consent), as opposed to the authorize request they carry. */
const pageFields = new Set(["user", "cancel", "consent"]);
