/**
 * `npm start`: the whole demo on this machine, no tenant needed. The sign-in server, the Graph
 * emulator, then the app: Vite's dev server; or the built site from dist/, with
 * `npm start -- --preview` (Vite's preview server) or `npm start -- --nginx` (nginx with the
 * production headers that `npm run hosting` writes, as e2e serves it).
 */
import { existsSync } from "node:fs";
import { createServer as createProbe } from "node:net";
import { fileURLToPath } from "node:url";
import { createServer as createDevServer, preview } from "vite";
import { demo, demoIssuer, discoveryConfig } from "./demo";
import { deployedCopy } from "./deployedCopy";
import { startGraphEmulator } from "./graphEmulator";
import { startNginx } from "./nginx";
import { startSignInServer, type SignInServer } from "./signinServer";
import { createSelfSignedCertificate, type TlsCertificate } from "./tlsCertificate";
import { demoUsers } from "./users";

interface Running {
  close(): Promise<void>;
}

const root = fileURLToPath(new URL("..", import.meta.url));
const builtSite = process.argv.includes("--nginx")
  ? "nginx"
  : process.argv.includes("--preview")
    ? "preview"
    : undefined;
// e2e: React's warnings exist only in a development build, so one project runs against Vite's
// dev server beside the built site, on the same sign-in server and emulator.
const withDevServer = builtSite !== undefined && process.argv.includes("--with-dev-server");
const appPort =
  builtSite === "nginx"
    ? demo.nginxPort
    : builtSite === "preview"
      ? demo.previewPort
      : demo.devPort;
const appUrl = `http://${demo.host}:${appPort}/`;
const running: Running[] = [];

async function main(): Promise<void> {
  if (builtSite && !existsSync(`${root}dist/index.html`)) {
    throw new Error(
      `There is no built site in dist/. Run npm run build first, then npm start -- --${builtSite}.`,
    );
  }
  await assertPortsFree([
    [demo.signInPort, "the sign-in server"],
    [demo.graphPort, "the Graph emulator"],
    [appPort, "the app"],
    ...(withDevServer ? ([[demo.devPort, "the dev server"]] as [number, string][]) : []),
  ]);
  // Only now: a second start while one is running must not replace the running one's files.
  const certificate = await tlsCertificate();
  if (certificate) await assertPortsFree([[demo.signInTlsPort, "the sign-in server over https"]]);
  stopOnSignals();

  const signIn = await startSignInServer({
    port: demo.signInPort,
    host: demo.host,
    tenantId: demo.tenantId,
    issuer: demoIssuer,
    tls: certificate && { port: demo.signInTlsPort, key: certificate.key, cert: certificate.cert },
  });
  running.push(signIn);
  const graph = await startGraphEmulator({
    port: demo.graphPort,
    host: demo.host,
    jwksUri: signIn.jwksUri,
    issuer: signIn.issuers,
    audience: demo.graphAudience,
  });
  running.push(graph);
  // The dev server first: Vite's preview sets NODE_ENV=production for the whole process, and a
  // dev server created after it would hand out React's production build (no warnings).
  if (withDevServer) running.push(await startDevServer(demo.devPort));
  const discoverySite = builtSite === "nginx" && certificate && (await startDiscoverySite());
  if (discoverySite) running.push(discoverySite);
  running.push(await startApp());
  printBanner(signIn, graph.url, discoverySite ? discoverySite.url : undefined);
}

/** The same build deployed with discoveryConfig, with the headers nginx gets for that config. */
async function startDiscoverySite(): Promise<Running & { url: string }> {
  await assertPortsFree([[demo.discoverySitePort, "the discovery deployment"]]);
  const site = await deployedCopy(`${root}dist`, `${root}.stack/discovery-site`, discoveryConfig);
  return startNginx({
    port: demo.discoverySitePort,
    host: demo.host,
    root: site,
    configJsonPath: `${site}/config.json`,
    prefixDir: `${root}.stack/nginx-discovery`,
  });
}

/**
 * A fresh self-signed certificate for the https listener, which lets the app discover endpoints
 * from an https authority (no authorityMetadata). Without openssl the http demo runs alone.
 */
async function tlsCertificate(): Promise<TlsCertificate | undefined> {
  const made = await createSelfSignedCertificate(`${root}.stack/tls`, demo.host);
  if (made.ok) return made.certificate;
  console.log(
    `  No https sign-in listener on port ${demo.signInTlsPort}: ${made.reason}. The demo itself does not need it.`,
  );
  return undefined;
}

async function startApp(): Promise<Running> {
  if (builtSite === "nginx") {
    return startNginx({
      port: appPort,
      host: demo.host,
      root: `${root}dist`,
      configJsonPath: `${root}dist/config.json`,
      prefixDir: `${root}.stack/nginx`,
    });
  }
  if (builtSite === "preview") {
    const server = { port: appPort, host: demo.host, strictPort: true, open: false };
    return preview({ root, clearScreen: false, preview: server });
  }
  return startDevServer(appPort);
}

async function startDevServer(port: number): Promise<Running> {
  const server = { port, host: demo.host, strictPort: true, open: false };
  const dev = await createDevServer({ root, clearScreen: false, server });
  await dev.listen();
  return dev;
}

function printBanner(signIn: SignInServer, graphUrl: string, discoverySite?: string): void {
  const width = Math.max(...demoUsers.map((user) => user.displayName.length));
  const users = demoUsers.map(
    (user) =>
      `    ${user.displayName.padEnd(width)}  ${user.userPrincipalName}\n` +
      `    ${" ".repeat(width)}  ${user.roleLabel}: ${user.canDo}`,
  );
  console.log(
    [
      "",
      `  eSIM Pool Admin: the local demo is running${siteNote()}.`,
      "",
      `  Open ${appUrl} and choose "Sign in". Pick either demo user; no password is needed:`,
      "",
      ...users,
      "",
      `  Sign-in server: ${signIn.url}   Graph emulator: ${graphUrl}`,
      ...(signIn.tls
        ? [`  Sign-in server over https (self-signed, for discovery): ${signIn.tls.url}`]
        : []),
      ...(discoverySite
        ? [
            `  The same site signing in by endpoint discovery (no authorityMetadata): ${discoverySite}/`,
          ]
        : []),
      "  Ctrl+C to stop.",
      "",
    ].join("\n"),
  );
}

function siteNote(): string {
  if (builtSite === "nginx")
    return " (built site from dist/, served by nginx with the production headers)";
  return builtSite === "preview" ? " (built site from dist/)" : "";
}

/** One clear sentence per busy port before anything starts, instead of a half-started stack. */
async function assertPortsFree(ports: [number, string][]): Promise<void> {
  const busy = [];
  for (const [port, what] of ports) {
    if (!(await isPortFree(port))) {
      busy.push(`Port ${port} (${what}) on ${demo.host} is already in use.`);
    }
  }
  if (busy.length > 0) {
    busy.push("Is another npm start still running? Stop it or free the port, then try again.");
    throw new Error(busy.join("\n"));
  }
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createProbe();
    probe.once("error", () => resolve(false));
    probe.listen(port, demo.host, () => probe.close(() => resolve(true)));
  });
}

function stopOnSignals(): void {
  let stopping = false;
  const stop = (): void => {
    if (stopping) process.exit(1); // a second Ctrl+C: do not wait any longer
    stopping = true;
    console.log("\n  Stopping…");
    void closeAll().then(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

async function closeAll(): Promise<void> {
  await Promise.allSettled([...running].reverse().map((server) => server.close()));
}

main().catch(async (error: unknown) => {
  const reason = error instanceof Error ? error.message : String(error);
  console.error(`\n  Could not start the demo.\n  ${reason.replaceAll("\n", "\n  ")}\n`);
  await closeAll();
  process.exit(1);
});
