import type { Browser } from "@playwright/test";
import { openSignedInTab, openTab, type BenchTab } from "../browser/benchTab";
import { recordAssets, type AssetFile } from "../measure/transferredAssets";
import { appOrigin } from "../stack/localStack";
import { firstRowWatchers, loadScreen, type PoolRef, type ScreenName } from "./loadScreen";

export interface ScreenBytes {
  screen: ScreenName;
  jsGzipBytes: number;
  cssGzipBytes: number;
  files: AssetFile[];
}

/**
 * (a) The JS and CSS each screen downloads on a cold load, gzip as nginx sends it: the sign-in
 * page in a fresh tab, then the signed-in screens, each loaded on its own.
 */
export async function measureBytesPerScreen(
  browser: Browser,
  pool: PoolRef,
): Promise<ScreenBytes[]> {
  const signedOut = await openTab(browser, firstRowWatchers);
  const signIn = await screenBytes(signedOut, "signIn", pool).finally(() => signedOut.close());

  const tab = await openSignedInTab(browser, firstRowWatchers);
  try {
    const screens: ScreenBytes[] = [signIn];
    for (const screen of ["pools", "poolOverview", "devices"] as const) {
      screens.push(await screenBytes(tab, screen, pool));
    }
    return screens;
  } finally {
    await tab.close();
  }
}

async function screenBytes(tab: BenchTab, screen: ScreenName, pool: PoolRef): Promise<ScreenBytes> {
  const recording = await recordAssets(tab.page, appOrigin);
  try {
    await loadScreen(tab, screen, pool);
  } finally {
    await recording.stop();
  }
  const files = recording.files();
  const total = (kind: AssetFile["kind"]) =>
    files.filter((file) => file.kind === kind).reduce((sum, file) => sum + file.gzipBytes, 0);
  return { screen, jsGzipBytes: total("js"), cssGzipBytes: total("css"), files };
}
