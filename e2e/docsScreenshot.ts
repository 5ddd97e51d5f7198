import type { Page } from "@playwright/test";

/**
 * The README's screenshots, written only by `npm run screenshots`: an ordinary test run must
 * leave the tracked files as they were.
 */
export async function docsScreenshot(page: Page, name: string, fullPage = false): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS !== "1") return;
  await page.screenshot({ path: `docs/${name}.png`, fullPage });
}
