import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { benchChromiumPath } from "../browser/launchChromium";
import { onCleanup } from "../cleanup";
import { sampleOf, type Sample } from "./sample";

export interface LighthouseFigures {
  performance: Sample;
  accessibility: Sample;
  bestPractices: Sample;
  lcpMs: Sample;
  /** What the unused-javascript audit says could be saved, in transferred bytes. */
  unusedJsBytes: Sample;
}

const categories = ["performance", "accessibility", "best-practices"];

/**
 * Lighthouse's default (mobile) audit of `url`, `runs` times, each in a fresh Chromium: its
 * throttling is simulated, so the figures depend little on how busy this machine is.
 */
export async function auditWithLighthouse(url: string, runs: number): Promise<LighthouseFigures> {
  const results: AuditResult[] = [];
  for (let run = 0; run < runs; run += 1) results.push(await auditOnce(url));
  const figure = (read: (result: AuditResult) => number) => sampleOf(results.map(read));
  return {
    performance: figure((result) => result.performance),
    accessibility: figure((result) => result.accessibility),
    bestPractices: figure((result) => result.bestPractices),
    lcpMs: figure((result) => result.lcpMs),
    unusedJsBytes: figure((result) => result.unusedJsBytes),
  };
}

interface AuditResult {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  unusedJsBytes: number;
}

async function auditOnce(url: string): Promise<AuditResult> {
  const chrome = await launch({
    chromePath: benchChromiumPath,
    chromeFlags: [
      "--headless=new",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
    ],
    // Ctrl+C is the bench's to handle: chrome-launcher would exit before the stack is stopped.
    handleSIGINT: false,
  });
  onCleanup(async () => chrome.kill());
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      logLevel: "error",
      output: "json",
      onlyCategories: categories,
    });
    if (!result) throw new Error("Lighthouse returned no result.");
    const { categories: scores, audits, runtimeError } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.code} ${runtimeError.message}`);
    const score = (id: string) => {
      const value = scores[id]?.score;
      if (typeof value !== "number") throw new Error(`Lighthouse gave no ${id} score.`);
      return Math.round(value * 100);
    };
    const unusedJs = audits["unused-javascript"]?.details;
    return {
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      lcpMs: audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
      unusedJsBytes:
        unusedJs && "overallSavingsBytes" in unusedJs ? (unusedJs.overallSavingsBytes ?? 0) : 0,
    };
  } finally {
    chrome.kill();
  }
}
