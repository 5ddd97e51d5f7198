import { spawn, type ChildProcess } from "node:child_process";
import { demo } from "../../local/demo";
import { repoRoot } from "./paths";

export const appOrigin = `http://${demo.host}:${demo.nginxPort}`;

export interface LocalStack {
  stop(): Promise<void>;
}

const startTimeoutMs = 90_000;
const stopTimeoutMs = 15_000;

/** serveSite.ts as a child process, ready once the built site answers. */
export async function startLocalStack(): Promise<LocalStack> {
  const tsx = `${repoRoot}node_modules/tsx/dist/cli.mjs`;
  const child = spawn(process.execPath, [tsx, "bench/stack/serveSite.ts"], {
    cwd: repoRoot,
    stdio: ["pipe", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const stack = { stop: () => stop(child) };
  try {
    await waitUntilServing(child);
  } catch (error) {
    await stack.stop();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`The local stack did not start: ${reason}\n${output.trim()}`);
  }
  return stack;
}

async function waitUntilServing(child: ChildProcess): Promise<void> {
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`it exited with code ${child.exitCode}.`);
    if (await answers(`${appOrigin}/`)) return;
    await new Promise((wait) => setTimeout(wait, 250));
  }
  throw new Error(`${appOrigin}/ did not answer within ${startTimeoutMs / 1000} s.`);
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

// serveSite.ts closes its servers on SIGTERM (tsx passes the signal on); nginx follows its parent.
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timeout = new Promise<"timeout">((resolve) =>
    setTimeout(() => resolve("timeout"), stopTimeoutMs).unref(),
  );
  if ((await Promise.race([exited, timeout])) === "timeout") {
    child.kill("SIGKILL");
    await exited;
  }
}
