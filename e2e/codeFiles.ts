import { writeFileSync } from "node:fs";
import type { Locator, Page, TestInfo } from "@playwright/test";
import { validIccid } from "../src/features/pools/create/codeFileTestSupport";
import type { GraphActivationCode } from "../src/mocks/activationCode";

/** A code line whose matching id no other text in the app could contain by chance. */
export function codeLine(serial: number): string {
  return `${validIccid(serial)},E2E-${serial}-Q7ZK`;
}

/** `count` good codes for `host`, numbered from `first`. */
export function codeLines(count: number, first = 0): string[] {
  return Array.from({ length: count }, (_, i) => codeLine(first + i));
}

/** Writes the file (CRLF, as spreadsheets save it) into the test's output folder. */
export function writeCodeFile(testInfo: TestInfo, name: string, lines: string[]): string {
  const path = testInfo.outputPath(name);
  writeFileSync(path, lines.join("\r\n"));
  return path;
}

/** The codes Graph should hold for these lines. */
export function expectedCodes(host: string, lines: string[]): GraphActivationCode[] {
  return lines.map((line) => {
    const [iccid = "", matchingId = ""] = line.split(",");
    return {
      integratedCircuitCardIdentifier: iccid,
      matchingIdentifier: matchingId,
      smdpPlusServerAddress: host,
    };
  });
}

export const newPoolDialog = (page: Page) => page.getByRole("dialog", { name: "New pool" });

/** Through the file chooser, as an admin picks a file. */
export async function chooseCodeFile(page: Page, dialog: Locator, path: string) {
  const chooser = page.waitForEvent("filechooser");
  await dialog.getByRole("button", { name: /^Choose (another )?file$/ }).click();
  await (await chooser).setFiles(path);
}
