import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "@playwright/test";

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);

export interface AxeFinding {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

interface AxeResult {
  violations: {
    id: string;
    impact?: string | null;
    help: string;
    nodes: { target: unknown[] }[];
  }[];
}

/** Runs axe-core (WCAG 2.0/2.1 A and AA) in the page; returns the serious and critical findings. */
export async function seriousAxeFindings(page: Page): Promise<AxeFinding[]> {
  // Colours read mid-animation (a dialog fading in) are not the ones a reader sees.
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== "running"),
  );
  // Evaluated by the test runner, not added as a <script>: the page's CSP refuses inline scripts.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: object, opts: object) => Promise<unknown> } }
    ).axe;
    // Tabster's focus sentinels (<i data-tabster-dummy aria-hidden tabindex=0>) hand focus on at
    // once; they are how Fluent keeps Tab order inside grids, not content a reader can land on.
    return axe.run(
      { exclude: [["[data-tabster-dummy]"]] },
      {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      },
    );
  });
  return (result as AxeResult).violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? "unknown",
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(" ")),
    }));
}
