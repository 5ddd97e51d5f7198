import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";

/** A mark is the page's time (ms since navigation start) when a visible element first matched. */
export interface Watcher {
  name: string;
  /** CSS selector of the element to wait for. */
  selector: string;
  /** Its whole text, trimmed, when the text matters (a status line). */
  text?: string;
}

export interface UpdateTiming {
  ms: number;
  before: string | null;
  after: string | null;
}

export interface ScrollTiming {
  ms: number;
  frames: number;
  scrolledPx: number;
  longTasks: number;
  longestTaskMs: number;
}

interface ProbeWindow {
  __bench?: { marks: Record<string, number | undefined> };
}

// Plain JS read as text: tsx would wrap functions handed to page.evaluate in helpers that
// exist only in Node.
const probes = readFileSync(new URL("./probes.js", import.meta.url), "utf8");

/** From the next navigation on, every document of the page records these marks. */
export async function installProbes(page: Page, watchers: readonly Watcher[]): Promise<void> {
  await page.addInitScript({
    content: `window.__benchWatchers = ${JSON.stringify(watchers)};\n${probes}`,
  });
}

export async function waitForMark(page: Page, name: string, timeout: number): Promise<number> {
  try {
    // A function, not a string: the app's CSP (no 'unsafe-eval') refuses a string predicate.
    const mark = await page.waitForFunction(
      (wanted) => (window as unknown as ProbeWindow).__bench?.marks[wanted],
      name,
      { timeout, polling: 100 },
    );
    return (await mark.jsonValue()) ?? Number.NaN;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new Error(`"${name}" did not show on ${page.url()}: ${reason}`);
  }
}

/** Starts listening for the trigger; resolves with the update's timing once the status changed. */
export async function armStatusUpdate(
  page: Page,
  trigger: "keydown" | "click",
  statusPattern: RegExp,
  timeout: number,
): Promise<() => Promise<UpdateTiming>> {
  const args = [trigger, statusPattern.source, timeout].map((arg) => JSON.stringify(arg));
  await page.evaluate(`window.__bench.armUpdate(${args.join(", ")})`);
  return async () => (await page.evaluate("window.__bench.update")) as UpdateTiming;
}

export async function scrollToEnd(
  page: Page,
  gridSelector: string,
  viewportsPerStep: number,
): Promise<ScrollTiming> {
  const call = `window.__bench.scrollToEnd(${JSON.stringify(gridSelector)}, ${viewportsPerStep})`;
  return (await page.evaluate(call)) as ScrollTiming;
}

/** Waits until a status line reads exactly `text` (e.g. the whole list is back after a filter). */
export async function waitForStatus(page: Page, text: string, timeout: number): Promise<void> {
  try {
    await page.waitForFunction(
      (wanted) =>
        [...document.querySelectorAll('[role="status"]')].some(
          (element) => element.textContent?.trim() === wanted,
        ),
      text,
      { timeout, polling: 100 },
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new Error(`No status line read "${text}" on ${page.url()}: ${reason}`);
  }
}
