/**
 * The Graph emulator: the same msw handlers the unit tests use (src/mocks), served over real HTTP
 * with real token checks (the sign-in server's JWKS), CORS, and a control API for tests.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createMiddleware } from "@mswjs/http-middleware";
import express, { type ErrorRequestHandler, type RequestHandler } from "express";
import { HttpResponse } from "msw";
import { ZodError } from "zod";
import { createFaultQueue, type FaultQueue } from "../src/mocks/faultQueue";
import { createGraphHandlers, createUnknownGraphPathHandler } from "../src/mocks/graphHandlers";
import { createGraphStore, type GraphStore } from "../src/mocks/graphStore";
import { createJwtAuthorizer } from "../src/mocks/jwtAuthorizer";
import { controlApi, defaultSettings } from "./graphEmulatorControl";
import { onlyFromLoopback } from "./loopbackOnly";

export interface GraphEmulatorOptions {
  port: number;
  host?: string;
  jwksUri: string;
  /** Tokens from any of these issuers are accepted (all signed with the keys at jwksUri). */
  issuer: string | readonly string[];
  audience?: string;
  /** Request logging is off unless this is false. */
  quiet?: boolean;
}

export interface GraphEmulator {
  /** The Graph base URL, e.g. http://127.0.0.1:4012/beta */
  url: string;
  store: GraphStore;
  faults: FaultQueue;
  close(): Promise<void>;
}

const EXPOSED_HEADERS = "request-id, client-request-id, Retry-After, WWW-Authenticate, Date";

export async function startGraphEmulator(opts: GraphEmulatorOptions): Promise<GraphEmulator> {
  const host = opts.host ?? "127.0.0.1";
  const store = createGraphStore();
  const faults = createFaultQueue();
  const settings = defaultSettings();
  const app = express();
  app.disable("x-powered-by");
  if (opts.quiet === false) app.use(logRequests);
  app.use(cors);
  const control = controlApi(store, faults, settings);
  app.use("/_control", onlyFromLoopback, express.json({ limit: "5mb" }), control);

  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, host, () => resolve());
  });
  // Handlers are bound to an absolute base URL, so they are built once the real port is known.
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://${host}:${port}/beta`;

  // http-middleware cannot write msw's Response.error() (status 0: it throws, the client hangs).
  // So a "drop" breaks this request's socket; the response the handler then returns goes nowhere.
  // A few response bytes go out first: a browser silently re-sends a request whose reused
  // keep-alive socket closes before any answer, which would turn "lost answer" into a replay.
  const currentResponse = new AsyncLocalStorage<express.Response>();
  const handlers = createGraphHandlers({
    baseUrl,
    store,
    faults,
    pageSize: () => settings.poolPageSize,
    deviceStatePageSize: () => settings.deviceStatePageSize,
    authorize: createJwtAuthorizer({
      jwksUri: opts.jwksUri,
      issuer: opts.issuer,
      audience: opts.audience ?? "https://graph.microsoft.com",
    }),
    dropConnection: () => {
      const res = currentResponse.getStore();
      if (res) res.locals.dropped = true;
      const socket = res?.socket;
      // With the CORS headers a real answer would carry: the browser sees a body cut short,
      // not a CORS refusal.
      const origin = res?.req.headers.origin;
      const cors = origin ? `Access-Control-Allow-Origin: ${origin}\r\nVary: Origin\r\n` : "";
      socket?.write(`HTTP/1.1 200 OK\r\n${cors}Content-Length: 1000\r\n\r\n`, () =>
        socket.destroy(),
      );
      return new HttpResponse(null, { status: 204 });
    },
  });
  const graph = createMiddleware(...handlers, createUnknownGraphPathHandler(baseUrl));
  app.use((req, res, next) => currentResponse.run(res, () => graph(req, res, next)));
  app.use(reportFailure);

  return {
    url: baseUrl,
    store,
    faults,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

const cors: RequestHandler = (req, res, next) => {
  if (req.headers.origin) {
    res.setHeader("Access-Control-Allow-Origin", req.headers.origin);
    res.setHeader("Vary", "Origin");
  }
  res.setHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
  if (req.method !== "OPTIONS") return next();
  const methods = req.headers["access-control-request-method"] ?? "GET, POST, PATCH, DELETE";
  res.setHeader("Access-Control-Allow-Methods", methods);
  res.setHeader(
    "Access-Control-Allow-Headers",
    req.headers["access-control-request-headers"] ?? "",
  );
  res.setHeader("Access-Control-Max-Age", "600");
  res.status(204).end();
};

const reportFailure: ErrorRequestHandler = (error: unknown, _req, res, _next) => {
  if (error instanceof ZodError) {
    res.status(400).json({ error: "Invalid control request.", issues: error.issues });
  } else if (res.headersSent) {
    res.destroy();
  } else {
    const message = error instanceof Error ? error.message : "The emulator failed.";
    res.status(500).json({ error: { code: "InternalServerError", message } });
  }
};

/** Method, path (query left out: it may carry a $skiptoken), status and time; never headers. */
const logRequests: RequestHandler = (req, res, next) => {
  const started = Date.now();
  res.on("close", () => {
    const outcome = res.locals.dropped === true ? "dropped" : String(res.statusCode);
    const path = req.originalUrl.split("?")[0];
    console.log(`[graph] ${req.method} ${path} ${outcome} ${Date.now() - started}ms`);
  });
  next();
};
