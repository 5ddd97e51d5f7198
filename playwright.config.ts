import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { demo } from "./local/demo";

/** Debian's chromium where present (Playwright cannot download browsers everywhere), else Playwright's own. */
function chromiumPath(): string | undefined {
  if (process.env.PLAYWRIGHT_CHROMIUM_PATH) return process.env.PLAYWRIGHT_CHROMIUM_PATH;
  return existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}

const runningAsRoot = process.getuid?.() === 0;
const appUrl = `http://${demo.host}:${demo.previewPort}`;

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  // The specs share one Graph emulator and reset it before each test.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: "list",
  use: {
    baseURL: appUrl,
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromiumPath(),
          args: [
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
            ...(runningAsRoot ? ["--no-sandbox"] : []),
          ],
        },
      },
    },
  ],
  webServer: {
    command: "npx tsx local/start.ts --preview",
    url: appUrl,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
