import { defineConfig, devices } from "@playwright/test";
import { chromiumFlags, chromiumPath } from "./local/chromium";
import { demo } from "./local/demo";

// The built site behind nginx with the production headers (CSP, COOP, …) that deploy/ writes.
const appUrl = `http://${demo.host}:${demo.nginxPort}`;
const devUrl = `http://${demo.host}:${demo.devPort}`;

const browser = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: chromiumPath(),
    args: [...chromiumFlags],
  },
};

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
    { name: "chromium", use: browser },
    {
      // React prints its warnings (setState in render, missing keys) only in a development
      // build: these journeys run again on Vite's dev server, where the console guard sees them.
      name: "chromium-react-dev",
      use: { ...browser, baseURL: devUrl },
      // Unbundled, every page load fetches hundreds of modules: the longest journeys take 25 to
      // 30 s here on two busy cores, against about 10 s on the production build, and a screen
      // after a full load (a sign-in redirect, a reload) took more than expect's 5 s.
      timeout: 60_000,
      expect: { timeout: 15_000 },
      testMatch: [
        "signIn.spec.ts",
        "assign.spec.ts",
        "groupAccess.spec.ts",
        "remove.spec.ts",
        "offline.spec.ts",
        "missingCode.spec.ts",
        "accessibility.spec.ts",
        "devices.spec.ts",
        "createPool.spec.ts",
        "deletePool.spec.ts",
      ],
      dependencies: ["chromium"],
    },
  ],
  webServer: {
    command: "npx tsx local/start.ts --nginx --with-dev-server",
    // The built site starts last: once it answers, everything does.
    url: appUrl,
    reuseExistingServer: !process.env.CI,
    timeout: 90_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
