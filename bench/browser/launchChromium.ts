import { chromium, type Browser } from "@playwright/test";
import { chromiumFlags, chromiumPath } from "../../local/chromium";

/** The Chromium e2e uses (PLAYWRIGHT_CHROMIUM_PATH, Debian's, else Playwright's own). */
export const benchChromiumPath: string = chromiumPath() ?? chromium.executablePath();

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: benchChromiumPath, args: [...chromiumFlags] });
}
