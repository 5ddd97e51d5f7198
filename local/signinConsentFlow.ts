/**
 * The authorize endpoint's consent step, between choosing the user and issuing the code: a request
 * for permissions that are not consented is refused when silent, and otherwise asks the user
 * (held permissions) or says an administrator must grant them (permissions the user lacks).
 */
import type { IncomingMessage } from "node:http";
import type { Response } from "express";
import { scopeShortfall } from "./signinScopes";
import {
  adminApprovalDeclined,
  consentDeclined,
  consentRequired,
  type ConsentGrants,
} from "./signinConsent";
import { approvalRequiredPage, consentPage } from "./signinConsentPages";
import { messagePage, sendPage } from "./signinPages";
import { errorRedirect, type AuthorizeRequest } from "./signinRequest";
import type { SignInSessions } from "./signinSessions";
import type { DemoUser } from "./users";

export interface ConsentFlowDeps {
  path: string;
  sessions: SignInSessions;
  consents: ConsentGrants;
  appName: string;
  log: (line: string) => void;
}

/** True when every requested permission is consented; otherwise answers the request itself. */
export function passesConsent(
  deps: ConsentFlowDeps,
  request: AuthorizeRequest,
  user: DemoUser,
  res: Response,
): boolean {
  const shortfall = scopeShortfall(request.scope, user, deps.consents.consented(user));
  if (shortfall.missing.length === 0) return true;
  const missing = shortfall.missing.join(" ");
  const app = { clientId: request.clientId, name: deps.appName };
  if (request.prompt === "none") {
    deps.log(`Silent sign-in for ${user.displayName} refused: no consent for ${missing}`);
    res.redirect(errorRedirect(request, consentRequired(app)));
  } else if (shortfall.notHeld.length > 0) {
    const permissions = shortfall.notHeld;
    deps.log(`${user.displayName} needs an administrator to grant ${permissions.join(" ")}`);
    const html = approvalRequiredPage(deps.path, request.params, { app, user, permissions });
    sendPage(res, 200, html);
  } else {
    const permissions = shortfall.consentable;
    deps.log(`Asking ${user.displayName} to consent to ${permissions.join(" ")}`);
    sendPage(res, 200, consentPage(deps.path, request.params, { app, user, permissions }));
  }
  return false;
}

/** The consent or approval page's button: `consent` = accept, cancel or back. */
export function answerConsent(
  deps: ConsentFlowDeps,
  req: IncomingMessage,
  res: Response,
  request: AuthorizeRequest,
  answer: string | undefined,
): void {
  // The session, not the form, says who consents: a cross-site post carries no session cookie.
  const user = deps.sessions.current(req);
  if (!user) {
    const sentence = "The sign-in session has ended. Go back to the app and sign in again.";
    return sendPage(res, 400, messagePage("Cannot sign in", sentence));
  }
  const { consentable, notHeld } = scopeShortfall(
    request.scope,
    user,
    deps.consents.consented(user),
  );
  switch (answer) {
    case "accept": {
      // Accept only grants what the consent page could have offered; the request continues and
      // issues the code, or shows the approval page again.
      if (notHeld.length === 0 && consentable.length > 0) {
        deps.consents.grant(user, consentable);
        deps.log(`${user.displayName} consented to ${consentable.join(" ")}`);
      }
      const params = new URLSearchParams(request.params);
      params.delete("prompt"); // answered: prompt=consent must not ask again
      return res.redirect(303, `${deps.path}?${params.toString()}`);
    }
    case "cancel":
      deps.log(`${user.displayName} declined consent`);
      return res.redirect(303, errorRedirect(request, consentDeclined));
    case "back":
      deps.log(`${user.displayName} went back to the app without the permissions`);
      return res.redirect(
        303,
        errorRedirect(
          request,
          notHeld.length > 0 ? adminApprovalDeclined(notHeld) : consentDeclined,
        ),
      );
    default:
      return sendPage(res, 400, messagePage("Cannot sign in", "The answer was not understood."));
  }
}
