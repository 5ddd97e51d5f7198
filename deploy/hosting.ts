/** `npm run hosting -- dist/config.json`: see hostingCommand.ts. */
import { runHosting } from "./hostingCommand";

process.exitCode = await runHosting(process.argv.slice(2), {
  cwd: process.cwd(),
  print: (line) => console.log(line),
  error: (line) => console.error(line),
});
