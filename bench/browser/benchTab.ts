import { devices, type Browser, type Page } from "@playwright/test";
import { appOrigin } from "../stack/localStack";
import { openDevTools, type DevTools } from "./devtools";
import { installProbes, type Watcher } from "./inPage";
import { signInAsAdmin } from "./signIn";

/** One browser tab in its own context: its own sessionStorage, cookies and DevTools session. */
export interface BenchTab {
  page: Page;
  devTools: DevTools;
  /** A cold load of an app path in this tab: a new document, every script fetched again. */
  open(path: string): Promise<void>;
  close(): Promise<void>;
}

export async function openSignedInTab(
  browser: Browser,
  watchers: readonly Watcher[],
  cpuSlowdown = 1,
): Promise<BenchTab> {
  const tab = await openTab(browser, watchers);
  await signInAsAdmin(tab.page);
  // Only now: signing in is not what is measured.
  if (cpuSlowdown !== 1) await tab.devTools.slowCpuBy(cpuSlowdown);
  return tab;
}

export async function openTab(browser: Browser, watchers: readonly Watcher[]): Promise<BenchTab> {
  const context = await browser.newContext({ ...devices["Desktop Chrome"], locale: "en-US" });
  const page = await context.newPage();
  await installProbes(page, watchers);
  const devTools = await openDevTools(page);
  await devTools.disableHttpCache();
  return {
    page,
    devTools,
    open: async (path) => {
      // Through a blank page, so the measured document's clock starts with nothing else running.
      await page.goto("about:blank");
      await page.goto(`${appOrigin}${path}`, { waitUntil: "commit", timeout: 60_000 });
    },
    close: () => context.close(),
  };
}
