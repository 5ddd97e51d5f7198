/**
 * The built site served by a real nginx with the production headers (deploy/), for the e2e run
 * that checks them: the same generator as `npm run hosting`, on loopback, without root.
 */
import { spawn } from "node:child_process";
import { accessSync, constants, existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { connect, createServer } from "node:net";
import { delimiter, join, resolve } from "node:path";
import { nginxSiteConfig, nginxStandaloneConfig } from "../deploy/nginxConfig";
import { readConfigFile } from "../deploy/readConfigFile";
import { hostingHeaders } from "../deploy/securityHeaders";

export interface StartNginxOptions {
  port: number;
  host?: string;
  /** The built site (dist/). */
  root: string;
  /** The config.json whose headers to send: usually root's own. */
  configJsonPath: string;
  /** nginx.conf, pid, logs and temp files go here. */
  prefixDir: string;
  nginxPath?: string;
}

export interface RunningNginx {
  url: string;
  close(): Promise<void>;
}

const notInstalled =
  "npm test serves the built site with nginx for the production-header e2e run: install it (Debian: apt-get install nginx) or set NGINX_PATH.";
const debianMimeTypes = "/etc/nginx/mime.types";

// nginx cannot watch its parent: this shell does. Its stdin is a pipe from this Node process,
// which closes when close() ends it or when Node dies in any way (even SIGKILL); then nginx
// gets SIGTERM (fast shutdown) and the shell exits once nginx has.
const watchdog = `"$0" "$@" & pid=$!
exec 3<&0
(cat <&3 >/dev/null; kill -TERM "$pid" 2>/dev/null) &
wait "$pid"`;

export async function startNginx(options: StartNginxOptions): Promise<RunningNginx> {
  const nginx = findNginx(options.nginxPath);
  const host = options.host ?? "127.0.0.1";
  const read = await readConfigFile(options.configJsonPath);
  if (!read.ok) throw new Error(read.problems.join("\n"));
  await assertPortFree(host, options.port);

  const prefix = resolve(options.prefixDir);
  await mkdir(prefix, { recursive: true });
  const site = nginxSiteConfig({
    headers: hostingHeaders(read.config),
    listen: `${host}:${options.port}`,
    root: resolve(options.root),
  });
  const confFile = join(prefix, "nginx.conf");
  const errorLog = join(prefix, "error.log");
  await writeFile(
    confFile,
    nginxStandaloneConfig({
      site,
      prefixDir: prefix,
      mimeTypesFile: existsSync(debianMimeTypes) ? debianMimeTypes : undefined,
      // As root, the workers would drop to `nobody`, which cannot read a checkout under /root.
      user: process.getuid?.() === 0 ? "root" : undefined,
    }),
  );

  await writeFile(errorLog, ""); // a failure below quotes this run's log, not an older one
  const args = ["-p", prefix, "-c", confFile, "-e", errorLog, "-g", "daemon off;"];
  const child = spawn("/bin/sh", ["-c", watchdog, nginx, ...args], {
    stdio: ["pipe", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((done) => child.once("exit", () => done()));

  const url = `http://${host.includes(":") ? `[${host}]` : host}:${options.port}`;
  const close = async () => {
    child.stdin?.end();
    await exited;
  };
  try {
    await waitForPort(host, options.port, exited);
  } catch (error) {
    await close();
    const log = await readFile(errorLog, "utf8").catch(() => "");
    const detail = (stderr || log).trim().split("\n").slice(-5).join("\n");
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${detail}`);
  }
  return { url, close };
}

/** The nginx binary: the explicit path, else PATH, else Debian's /usr/sbin; or one sentence. */
export function findNginx(explicit = process.env.NGINX_PATH): string {
  if (explicit) {
    if (isExecutable(explicit)) return explicit;
    throw new Error(`NGINX_PATH (or nginxPath) is ${explicit}, which is not an executable file.`);
  }
  // /usr/sbin is where Debian puts it, and it is often missing from a non-root PATH.
  const dirs = [...(process.env.PATH ?? "").split(delimiter), "/usr/sbin", "/usr/local/sbin"];
  const found = dirs
    .filter(Boolean)
    .map((dir) => join(dir, "nginx"))
    .find(isExecutable);
  if (!found) throw new Error(notInstalled);
  return found;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Whoever answers on a busy port would pass for nginx: say so before starting. */
function assertPortFree(host: string, port: number): Promise<void> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", () => fail(new Error(`Port ${port} on ${host} is already in use.`)));
    probe.listen(port, host, () => probe.close(() => done()));
  });
}

async function waitForPort(host: string, port: number, exited: Promise<void>): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`nginx stopped before it served ${host}:${port}.`);
    if (await answers(host, port)) return;
    await new Promise((wait) => setTimeout(wait, 50));
  }
  throw new Error(`nginx did not answer on ${host}:${port} within 10 seconds.`);
}

function answers(host: string, port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host, port });
    socket.once("connect", () => {
      socket.destroy();
      done(true);
    });
    socket.once("error", () => done(false));
  });
}
