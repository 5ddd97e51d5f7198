/**
 * A local OpenID Connect provider shaped like Microsoft Entra ID, for the demo and e2e tests.
 * Plain http on loopback: MSAL only needs the https authority string (see public/config.json),
 * while tokens name the https issuer the Graph emulator checks.
 *
 * Optionally the same provider (users, sessions, grants, signing keys) also listens over https
 * with a self-signed certificate. There it is its own issuer, `https://<host>:<port>/<tenant>/v2.0`,
 * so an app can use that origin as its authority and discover the endpoints, as with Entra ID.
 */
import type { IncomingMessage, RequestListener, Server } from "node:http";
import { createServer } from "node:http";
import { createServer as createTlsServer } from "node:https";
import type { AddressInfo } from "node:net";
import express, { type RequestHandler } from "express";
import { Events, OAuth2Issuer, OAuth2Service, type MutableToken } from "oauth2-mock-server";
import { authorizeEndpoint } from "./signinAuthorize";
import { ConsentGrants } from "./signinConsent";
import { controlApi } from "./signinControl";
import { discoveryDocument, entraPaths } from "./signinEndpoints";
import { IssuedGrants } from "./signinGrants";
import { logoutEndpoint } from "./signinLogout";
import { SignInSessions } from "./signinSessions";
import { tokenEndpoint } from "./signinToken";
import { TokenRequestLog } from "./signinTokenRequests";

export interface SignInServerOptions {
  /** 0 picks a free port; `url` then names the one bound. */
  port: number;
  host?: string;
  tenantId: string;
  /** The https issuer named in discovery and tokens, e.g. https://login.demo.invalid/<tenant>/v2.0 */
  issuer: string;
  /** Also listen over https on this port (0: a free one), with this certificate (PEM). */
  tls?: { port: number; key: Buffer | string; cert: Buffer | string };
  /** The app's name on the consent pages and in consent errors. */
  appName?: string;
  quiet?: boolean;
}

export interface SignInServer {
  url: string;
  /** Over http: the keys are the same for both listeners. */
  jwksUri: string;
  issuer: string;
  /** The https listener, when there is one: its origin and the issuer its tokens carry. */
  tls: { url: string; issuer: string } | undefined;
  /** Every issuer this provider signs tokens as. */
  issuers: string[];
  close(): Promise<void>;
}

/** One way in to the provider: where it is reached and which issuer it answers as there. */
interface Listener {
  /** Known once the server listens (its port may be chosen by the system). */
  origin: string;
  issuer: string;
}

const defaultAppName = "eSIM Pool Admin";

export async function startSignInServer(opts: SignInServerOptions): Promise<SignInServer> {
  const host = opts.host ?? "127.0.0.1";
  const paths = entraPaths(opts.tenantId);
  const plain: Listener = { origin: "", issuer: opts.issuer };
  const secure: Listener | undefined = opts.tls && { origin: "", issuer: "" };
  const listenerOf = new WeakMap<IncomingMessage, Listener>();
  const listenerFor = (req: IncomingMessage): Listener => listenerOf.get(req) ?? plain;
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
  // The mock signs as issuer.url; a token fetched over https names the https listener instead.
  service.on(Events.BeforeTokenSigning, (token: MutableToken, req: IncomingMessage) => {
    token.payload.iss = listenerFor(req).issuer;
  });

  const sessions = new SignInSessions(`/${encodeURIComponent(opts.tenantId)}/`);
  const grants = new IssuedGrants();
  const consents = new ConsentGrants();
  const tokenRequests = new TokenRequestLog();
  const appName = opts.appName ?? defaultAppName;
  const shared = { tenantId: opts.tenantId, sessions, grants, consents, appName, log };

  const app = express();
  app.disable("x-powered-by");
  app.use([paths.discovery, paths.keys, paths.token], allowAnyOrigin);
  app.get(paths.discovery, (req, res) => {
    const { origin: reachedAt, issuer: answeringAs } = listenerFor(req);
    res.json(discoveryDocument(reachedAt, paths, answeringAs, opts.tenantId));
  });
  app.use(authorizeEndpoint({ ...shared, path: paths.authorize }, service));
  app.use(tokenEndpoint({ ...shared, tokenRequests, path: paths.token }, service));
  app.use(logoutEndpoint({ ...shared, path: paths.logout }));
  // For tests: reset makes every earlier sign-in unusable (silent renewal needs the user again)
  // and restores default consent; consent changes what later tokens may carry; token-requests
  // shows what the app asked for (client capabilities, a claims challenge's claims).
  app.use("/_control", controlApi({ sessions, grants, consents, tokenRequests, log }));
  // Serves JWKS and does the code, PKCE and signing work behind the routes above.
  app.use(service.requestHandler);

  const servedAs =
    (listener: Listener): RequestListener =>
    (req, res) => {
      listenerOf.set(req, listener);
      app(req, res);
    };
  const servers: Server[] = [];
  try {
    const server = await listen(createServer(servedAs(plain)), opts.port, host);
    servers.push(server);
    plain.origin = `http://${host}:${boundPort(server)}`;
    log(`OpenID provider for tenant ${opts.tenantId} on ${plain.origin}`);
    if (opts.tls && secure) {
      const { key, cert } = opts.tls;
      const tlsServer = await listen(
        createTlsServer({ key, cert }, servedAs(secure)),
        opts.tls.port,
        host,
      );
      servers.push(tlsServer);
      secure.origin = `https://${host}:${boundPort(tlsServer)}`;
      secure.issuer = `${secure.origin}/${encodeURIComponent(opts.tenantId)}/v2.0`;
      log(`The same provider over https (self-signed certificate) on ${secure.origin}`);
    }
  } catch (error) {
    await Promise.allSettled(servers.map(close));
    throw error;
  }
  return {
    url: plain.origin,
    jwksUri: plain.origin + paths.keys,
    issuer: opts.issuer,
    tls: secure && { url: secure.origin, issuer: secure.issuer },
    issuers: [plain, ...(secure ? [secure] : [])].map((listener) => listener.issuer),
    close: async () => void (await Promise.all(servers.map(close))),
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

function listen(server: Server, port: number, host: string): Promise<Server> {
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
    server.listen(port, host, () => resolve(server));
  });
}

function boundPort(server: Server): number {
  return (server.address() as AddressInfo).port;
}

function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
