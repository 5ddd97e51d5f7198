import { chromium, type Browser } from "@playwright/test";

export const chromiumPath = "/usr/bin/chromium";

/** The flags playwright.config.ts gives Chromium on this machine. */
export const chromiumFlags: readonly string[] = [
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: [...chromiumFlags] });
}
