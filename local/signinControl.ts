/**
 * The sign-in server's control API for tests, answering loopback clients only:
 *
 * - `POST /_control/reset`: ends every sign-in session, forgets every code and refresh token,
 *   restores the default consent (every user's held permissions consented) and forgets the
 *   recorded token requests.
 * - `GET /_control/consent`: `{ "<user key>": ["<consented permission>", …], … }`
 * - `POST /_control/consent` with `{ "user": "admin", "revoke"?: [...], "grant"?: [...] }`: the
 *   user by key or sign-in name, permissions by short or full name (`GroupMember.Read.All` or
 *   `https://graph.microsoft.com/GroupMember.Read.All`), each one the user holds. Answers 200
 *   with `{ "user": "admin", "consented": [...] }`, or 400 with `{ "error": "<sentence>" }`.
 *   Tokens already issued keep their permissions, as in Entra; a refresh sees the change.
 * - `GET /_control/token-requests`: the token requests since the last reset whose grant (code or
 *   refresh token) named a demo user, oldest first, as `[{ "grantType": "refresh_token",
 *   "user": "admin", "clientCapabilities": ["CP1"], "claims": { "nbf": { "essential": true,
 *   "value": "1767225600" } } | null, "status": 200 }, …]`: the capabilities come from the
 *   `claims` parameter's `access_token.xms_cc.values`, `claims` holds its other `access_token`
 *   claims (a claims challenge's), `status` is the answer's (200: tokens issued). Never a token,
 *   code, refresh token or verifier.
 */
import express, { type ErrorRequestHandler, type Router } from "express";
import type { ConsentGrants } from "./signinConsent";
import type { IssuedGrants } from "./signinGrants";
import type { SignInSessions } from "./signinSessions";
import type { TokenRequestLog } from "./signinTokenRequests";
import { demoUsers, findDemoUserByKey, findDemoUserByLogin, type DemoUser } from "./users";
import { onlyFromLoopback } from "./loopbackOnly";

export interface ControlDeps {
  sessions: SignInSessions;
  grants: IssuedGrants;
  consents: ConsentGrants;
  tokenRequests: TokenRequestLog;
  log: (line: string) => void;
}

type ConsentChange =
  { ok: true; user: DemoUser; revoke: string[]; grant: string[] } | { ok: false; error: string };

export function controlApi(deps: ControlDeps): Router {
  const router = express.Router();
  router.use(onlyFromLoopback);
  router.post("/reset", (_req, res) => {
    deps.sessions.endAll();
    deps.grants.revokeAll();
    deps.consents.reset();
    deps.tokenRequests.clear();
    res.status(204).end();
  });
  router.get("/token-requests", (_req, res) => void res.json(deps.tokenRequests.list()));
  router.get("/consent", (_req, res) => {
    res.json(
      Object.fromEntries(demoUsers.map((user) => [user.key, deps.consents.consented(user)])),
    );
  });
  router.post("/consent", express.json({ limit: "10kb" }), (req, res) => {
    const change = consentChange(req.body);
    if (!change.ok) return void res.status(400).json({ error: change.error });
    const { user, revoke, grant } = change;
    deps.consents.revoke(user, revoke);
    deps.consents.grant(user, grant);
    const consented = deps.consents.consented(user);
    deps.log(`Consent for ${user.displayName} set to: ${consented.join(" ") || "nothing"}`);
    res.json({ user: user.key, consented });
  });
  router.use(badControlRequest);
  return router;
}

function consentChange(body: unknown): ConsentChange {
  if (typeof body !== "object" || body === null) {
    return { ok: false, error: "Send a JSON object: { user, revoke?, grant? }." };
  }
  const { user: who, revoke = [], grant = [] } = body as Record<string, unknown>;
  const user =
    typeof who === "string" ? (findDemoUserByKey(who) ?? findDemoUserByLogin(who)) : undefined;
  if (!user) {
    const keys = demoUsers.map((known) => known.key).join(", ");
    return { ok: false, error: `"user" must name a demo user (${keys}).` };
  }
  const revoked = permissionNames(revoke);
  const granted = permissionNames(grant);
  if (!revoked || !granted) {
    return { ok: false, error: '"revoke" and "grant" must be lists of permission names.' };
  }
  const named = [...revoked, ...granted];
  if (named.length === 0) return { ok: false, error: 'Name permissions in "revoke" or "grant".' };
  const unheld = named.filter((scope) => !user.graphScopes.includes(scope));
  if (unheld.length > 0) {
    return {
      ok: false,
      error: `${user.displayName} does not hold ${unheld.join(", ")}; consent covers only ${user.graphScopes.join(", ")}.`,
    };
  }
  return { ok: true, user, revoke: revoked, grant: granted };
}

/** `https://graph.microsoft.com/X` or `X` -> `X`; undefined when not a list of strings. */
function permissionNames(list: unknown): string[] | undefined {
  if (!Array.isArray(list) || !list.every((item) => typeof item === "string")) return undefined;
  return list.map((scope: string) => scope.slice(scope.lastIndexOf("/") + 1));
}

/** A body that is not JSON: a sentence, not Express's HTML error page. */
const badControlRequest: ErrorRequestHandler = (error: unknown, _req, res, next) => {
  if (res.headersSent) return next(error);
  const reason = error instanceof Error ? error.message : "The request could not be read.";
  res.status(400).json({ error: reason });
};
