/**
 * A local OpenID Connect provider shaped like Microsoft Entra ID, for the demo and e2e tests.
 * Plain http on loopback: MSAL only needs the https authority string (see public/config.json),
 * while tokens name the https issuer the Graph emulator checks.
 */
import { createServer, type Server } from "node:http";
import express, { type RequestHandler } from "express";
import { OAuth2Issuer, OAuth2Service } from "oauth2-mock-server";
import { authorizeEndpoint } from "./signin-authorize";
import { discoveryDocument, entraPaths } from "./signin-endpoints";
import { IssuedGrants } from "./signin-grants";
import { logoutEndpoint } from "./signin-logout";
import { SignInSessions } from "./signin-sessions";
import { tokenEndpoint } from "./signin-token";

export interface SignInServerOptions {
  port: number;
  host?: string;
  tenantId: string;
  /** The https issuer named in discovery and tokens, e.g. https://login.demo.invalid/<tenant>/v2.0 */
  issuer: string;
  quiet?: boolean;
}

export interface SignInServer {
  url: string;
  jwksUri: string;
  issuer: string;
  close(): Promise<void>;
}

export async function startSignInServer(opts: SignInServerOptions): Promise<SignInServer> {
  const host = opts.host ?? "127.0.0.1";
  const origin = `http://${host}:${opts.port}`;
  const paths = entraPaths(opts.tenantId);
  const log = opts.quiet ? () => {} : (line: string) => console.log(`[sign-in] ${line}`);

  const issuer = new OAuth2Issuer();
  issuer.url = opts.issuer;
  await issuer.keys.generate("RS256");
  const service = new OAuth2Service(issuer, {
    wellKnownDocument: paths.discovery,
    authorize: paths.authorize,
    token: paths.token,
    jwks: paths.keys,
    endSession: paths.logout,
  });

  const sessions = new SignInSessions(`/${encodeURIComponent(opts.tenantId)}/`);
  const grants = new IssuedGrants();
  const shared = { tenantId: opts.tenantId, sessions, grants, log };

  const app = express();
  app.disable("x-powered-by");
  app.use([paths.discovery, paths.keys, paths.token], allowAnyOrigin);
  app.get(paths.discovery, (_req, res) => {
    res.json(discoveryDocument(origin, paths, opts.issuer, opts.tenantId));
  });
  app.use(authorizeEndpoint({ ...shared, path: paths.authorize }, service));
  app.use(tokenEndpoint({ ...shared, path: paths.token }, service));
  app.use(logoutEndpoint({ ...shared, path: paths.logout }));
  // For tests: make every earlier sign-in unusable, so silent renewal needs the user again.
  app.post("/_control/reset", (_req, res) => {
    sessions.endAll();
    grants.revokeAll();
    res.status(204).end();
  });
  // Serves JWKS and does the code, PKCE and signing work behind the routes above.
  app.use(service.requestHandler);

  const server = createServer(app);
  await listen(server, opts.port, host);
  log(`OpenID provider for tenant ${opts.tenantId} on ${origin}`);
  return {
    url: origin,
    jwksUri: origin + paths.keys,
    issuer: opts.issuer,
    close: () => close(server),
  };
}

/** MSAL calls discovery, keys and token with fetch from the app's origin. */
const allowAnyOrigin: RequestHandler = (req, res, next) => {
  res.set("Access-Control-Allow-Origin", "*");
  if (req.method !== "OPTIONS") return next();
  res
    .status(204)
    .set({
      "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
      "Access-Control-Allow-Headers": req.get("Access-Control-Request-Headers") ?? "Content-Type",
      "Access-Control-Max-Age": "600",
    })
    .end();
};

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      reject(
        error.code === "EADDRINUSE"
          ? new Error(
              `Port ${port} on ${host} is already in use, so the sign-in server cannot start.`,
            )
          : error,
      );
    });
    server.listen(port, host, resolve);
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
