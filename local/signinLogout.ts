/** The end-session endpoint: forgets the sign-in page's session, then returns to the app. */
import express, { type Router } from "express";
import { loopbackUrl, searchParamsOf } from "./signinRequest";
import { messagePage, sendPage } from "./signinPages";
import type { SignInSessions } from "./signinSessions";

export interface LogoutEndpointDeps {
  path: string;
  sessions: SignInSessions;
  log: (line: string) => void;
}

export function logoutEndpoint(deps: LogoutEndpointDeps): Router {
  const router = express.Router();
  router.get(deps.path, (req, res, next) => {
    const user = deps.sessions.current(req);
    deps.sessions.end(req, res);
    if (user) deps.log(`${user.displayName} signed out`);

    const target = searchParamsOf(req).get("post_logout_redirect_uri");
    if (target === null) {
      return sendPage(
        res,
        200,
        messagePage("Signed out", "You have signed out of the local demo."),
      );
    }
    if (!loopbackUrl(target)) {
      const problem = "The post_logout_redirect_uri is not an http(s) address on this machine.";
      return sendPage(res, 400, messagePage("Cannot finish signing out", problem));
    }
    next(); // oauth2-mock-server redirects to post_logout_redirect_uri, adding `state`
  });
  return router;
}
