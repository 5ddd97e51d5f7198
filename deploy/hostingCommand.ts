import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { AppConfig } from "../src/config/appConfig";
import { nginxSiteConfig } from "./nginxConfig";
import { readConfigFile } from "./readConfigFile";
import { hostingHeaders, type HostingHeaders } from "./securityHeaders";
import { signInOrigins } from "./signInOrigins";
import { staticWebAppConfig } from "./staticWebAppConfig";

export const usage =
  "Usage: npm run hosting -- <path to the deployed config.json> [--nginx-root /var/www/esim-admin] [--listen '443 ssl'] [--out hosting]";

export interface HostingIo {
  cwd: string;
  print(line: string): void;
  error(line: string): void;
}

interface HostingArgs {
  configPath: string;
  nginxRoot: string;
  listen: string;
  outDir: string;
}

/** `npm run hosting`: the host configs for one deployment's config.json. Returns the exit code. */
export async function runHosting(argv: string[], io: HostingIo): Promise<number> {
  const args = parseHostingArgs(argv, io.cwd);
  if (typeof args === "string") return fail(io, [args, usage]);
  const read = await readConfigFile(args.configPath);
  if (!read.ok) return fail(io, read.problems);
  let headers: HostingHeaders;
  try {
    headers = hostingHeaders(read.config);
  } catch (error) {
    return fail(io, [error instanceof Error ? error.message : String(error)]);
  }

  // Static Web Apps reads its config from the deployed folder, next to config.json.
  const swaFile = join(dirname(args.configPath), "staticwebapp.config.json");
  const nginxFile = join(args.outDir, "esim-admin.nginx.conf");
  await writeFile(swaFile, `${JSON.stringify(staticWebAppConfig(headers), null, 2)}\n`);
  await mkdir(args.outDir, { recursive: true });
  await writeFile(
    nginxFile,
    nginxSiteConfig({ headers, listen: args.listen, root: args.nginxRoot }),
  );

  const shown = (file: string) =>
    relative(io.cwd, file).startsWith("..") ? file : relative(io.cwd, file);
  io.print(`Wrote ${shown(swaFile)} (Azure Static Web Apps: deploy it with the site).`);
  io.print(`Wrote ${shown(nginxFile)} (nginx: include it in http { } and add the certificate).`);
  io.print(`Content-Security-Policy: ${headers.app["Content-Security-Policy"]}`);
  const note = discoveryNote(read.config);
  if (note) io.print(note);
  return 0;
}

function parseHostingArgs(argv: string[], cwd: string): HostingArgs | string {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        "nginx-root": { type: "string", default: "/var/www/esim-admin" },
        listen: { type: "string", default: "443 ssl" },
        out: { type: "string", default: "hosting" },
      },
    });
    const [configPath, ...extra] = positionals;
    if (!configPath) return "Name the deployed config.json.";
    if (extra.length > 0) return `Only one config.json, please: ${extra.join(" ")} is extra.`;
    return {
      configPath: resolve(cwd, configPath),
      nginxRoot: values["nginx-root"],
      listen: values.listen,
      outDir: resolve(cwd, values.out),
    };
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** The one case where the CSP rests on an assumption rather than on config.json. */
function discoveryNote(config: AppConfig): string | undefined {
  const from = signInOrigins(config.auth).discoveredFrom;
  return (
    from &&
    `Note: MSAL reads the sign-in endpoints from ${from}'s discovery document; if they are on another origin, put that document into auth.authorityMetadata and run this again.`
  );
}

function fail(io: HostingIo, lines: string[]): number {
  for (const line of lines) io.error(line);
  return 1;
}
