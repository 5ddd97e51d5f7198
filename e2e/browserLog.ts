import type { BrowserContext, Page } from "@playwright/test";

/** A `securitypolicyviolation` event as the page saw it. */
export interface CspViolation {
  directive: string;
  blocked: string;
  sample: string;
  page: string;
}

/** What the browser said during a test, in every page of it (popups and the sign-in pages too). */
export interface BrowserLog {
  /** A line this test provokes on purpose (a planted fault) does not fail it. */
  allow(pattern: RegExp): void;
  /** Every console line and uncaught error so far, whatever its level. */
  lines(): string[];
  /** Errors, warnings and uncaught errors the test has not allowed: each one fails it. */
  problems(): string[];
  /** Violations so far; taking them means the test has checked them itself. */
  takeViolations(): CspViolation[];
}

/**
 * Lines the browser writes itself, not the app: a failed request (a 403 or 503 a test planted,
 * which the app shows on screen), and Chromium's note on MSAL's hidden renewal iframe, whose
 * sandbox must allow scripts and same-origin for the bridge page to hand the answer back.
 */
const BROWSER_OWN_LINES = [
  /^Failed to load resource: /,
  /^An iframe which has both allow-scripts and allow-same-origin for its sandbox attribute can escape its sandboxing\.$/,
];

const REPORT_BINDING = "__e2eReportCspViolation";

export async function watchBrowser(context: BrowserContext): Promise<BrowserLog> {
  const lines: { level: string; text: string }[] = [];
  const allowed: RegExp[] = [];
  let violations: CspViolation[] = [];

  await context.exposeBinding(REPORT_BINDING, (_source, violation: CspViolation) => {
    violations.push(violation);
  });
  await context.addInitScript((binding) => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as Record<string, (v: unknown) => void>)[binding];
      report?.({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        page: location.href,
      });
    });
  }, REPORT_BINDING);

  const watch = (page: Page) => {
    page.on("console", (message) => lines.push({ level: message.type(), text: message.text() }));
    page.on("pageerror", (error) => lines.push({ level: "uncaught", text: error.message }));
  };
  context.pages().forEach(watch);
  context.on("page", watch);

  return {
    allow: (pattern) => void allowed.push(pattern),
    lines: () => lines.map(({ text }) => text),
    problems: () =>
      lines
        .filter(({ level }) => level === "error" || level === "warning" || level === "uncaught")
        .filter(({ text }) => ![...BROWSER_OWN_LINES, ...allowed].some((line) => line.test(text)))
        .map(({ level, text }) => `${level}: ${text}`),
    takeViolations: () => {
      const taken = violations;
      violations = [];
      return taken;
    },
  };
}
