import { createServer } from "node:net";
import { demo } from "../../local/demo";

/** Every port the local stack (and e2e, which may be running) listens on. */
const stackPorts: readonly [number, string][] = [
  [demo.signInPort, "the sign-in server"],
  [demo.graphPort, "the Graph emulator"],
  [demo.signInTlsPort, "the sign-in server over https"],
  [demo.nginxPort, "the built site behind nginx"],
  [demo.discoverySitePort, "the discovery deployment"],
  [demo.devPort, "Vite's dev server"],
];

/** One line per busy port: someone else's stack must be left alone, not replaced. */
export async function busyStackPorts(): Promise<string[]> {
  const busy: string[] = [];
  for (const [port, what] of stackPorts) {
    if (!(await isFree(port))) busy.push(`Port ${port} (${what}) on ${demo.host} is busy.`);
  }
  return busy;
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, demo.host, () => probe.close(() => resolve(true)));
  });
}
