/**
 * The demo stack for the bench, run as a child process: the sign-in server, the Graph emulator
 * and nginx with the production headers, as `npm start -- --nginx` has them, but serving the
 * bench's own build. SIGTERM, SIGINT or the end of stdin (the bench is gone) stops them.
 */
import { demo, demoIssuer } from "../../local/demo";
import { startGraphEmulator } from "../../local/graphEmulator";
import { startNginx } from "../../local/nginx";
import { startSignInServer } from "../../local/signinServer";
import { benchNginxDir, benchSite } from "./paths";

const running: { close(): Promise<void> }[] = [];

async function main(): Promise<void> {
  const signIn = await startSignInServer({
    port: demo.signInPort,
    host: demo.host,
    tenantId: demo.tenantId,
    issuer: demoIssuer,
    quiet: true,
  });
  running.push(signIn);
  running.push(
    await startGraphEmulator({
      port: demo.graphPort,
      host: demo.host,
      jwksUri: signIn.jwksUri,
      issuer: signIn.issuers,
      audience: demo.graphAudience,
    }),
  );
  running.push(
    await startNginx({
      port: demo.nginxPort,
      host: demo.host,
      root: benchSite,
      configJsonPath: `${benchSite}/config.json`,
      prefixDir: benchNginxDir,
    }),
  );
}

async function stop(code: number): Promise<never> {
  await Promise.allSettled(running.reverse().map((server) => server.close()));
  process.exit(code);
}

process.once("SIGTERM", () => void stop(0));
process.once("SIGINT", () => void stop(0));
// The bench holds the other end of stdin: when it ends in any way, so does the stack.
process.stdin.on("close", () => void stop(0));
process.stdin.resume();
main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  void stop(1);
});
