import { test as base, expect, type Page } from "@playwright/test";
import type { FaultRuleInput } from "../src/mocks/faultQueue";
import {
  parseGraphStoreData,
  type GraphStoreData,
  type GraphStoreSeed,
} from "../src/mocks/graphStoreData";
import { graphOrigin, signInOrigin } from "../local/demo";
import { demoUser, type DemoUserKey } from "../local/users";

/** The Graph emulator's control API, for arranging data and faults from a test. */
export interface EmulatorControl {
  /** Replaces the emulator's data. */
  seed(data: GraphStoreSeed): Promise<void>;
  /** Fails the next matching request(s): status, Retry-After, delay or a dropped connection. */
  fault(rule: FaultRuleInput | FaultRuleInput[]): Promise<void>;
  state(): Promise<GraphStoreData>;
  /** Fault rules not used up yet. */
  pendingFaults(): Promise<unknown[]>;
  /** What Graph holds for one pool's assignments right now. */
  assignmentsOf(poolId: string): Promise<GraphStoreData["pools"][number]["assignments"]>;
}

/** The sign-in server's control API: which held permissions a demo user has consented. */
export interface SignInControl {
  /** Takes consent back (before the user signs in: tokens already issued keep theirs). */
  revokeConsent(user: DemoUserKey, permissions: string[]): Promise<void>;
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

export const test = base.extend<{
  emulator: EmulatorControl;
  signInServer: SignInControl;
  consoleGuard: void;
}>({
  // A React warning, an uncaught error or anything the app logs fails the test.
  consoleGuard: [
    async ({ page }, use) => {
      const printed: string[] = [];
      page.on("console", (message) => {
        if (message.type() !== "error" && message.type() !== "warning") return;
        if (BROWSER_OWN_LINES.some((line) => line.test(message.text()))) return;
        printed.push(`${message.type()}: ${message.text()}`);
      });
      page.on("pageerror", (error) => printed.push(`uncaught: ${error.message}`));
      await use();
      expect(printed, "the browser console stays clean").toEqual([]);
    },
    { auto: true },
  ],
  signInServer: [
    async ({ request }, use) => {
      await use({
        revokeConsent: async (user, permissions) => {
          const response = await request.post(`${signInOrigin}/_control/consent`, {
            data: { user, revoke: permissions },
          });
          expect(response.ok(), await response.text()).toBe(true);
        },
      });
      // Consent, sessions and refresh tokens back to the demo's defaults for the next test.
      expect((await request.post(`${signInOrigin}/_control/reset`)).ok()).toBe(true);
    },
    { auto: true },
  ],
  emulator: [
    async ({ request }, use) => {
      const control = async (method: "GET" | "POST", path: string, data?: unknown) => {
        const response = await request.fetch(`${graphOrigin}/_control/${path}`, { method, data });
        if (!response.ok()) {
          throw new Error(
            `Emulator ${method} /_control/${path}: ${response.status()} ${await response.text()}`,
          );
        }
        return response;
      };
      const state = async () => parseGraphStoreData(await (await control("GET", "state")).json());
      await control("POST", "reset");
      await use({
        seed: async (data) => void (await control("POST", "seed", data)),
        fault: async (rule) => void (await control("POST", "faults", rule)),
        state,
        pendingFaults: async () => (await (await control("GET", "faults")).json()) as unknown[],
        assignmentsOf: async (poolId) => {
          const pool = (await state()).pools.find(({ id }) => id === poolId);
          if (!pool) throw new Error(`The emulator holds no pool ${poolId}.`);
          return pool.assignments;
        },
      });
    },
    // Every test starts from the seed data, whether or not it touches the emulator itself.
    { auto: true },
  ],
});

export { expect };

/**
 * Signs in through the app's real MSAL redirect and the local sign-in page, served by the
 * demo's http listener unless `via` names another (the https discovery listener).
 */
export async function signIn(page: Page, who: DemoUserKey, via = signInOrigin): Promise<void> {
  const user = demoUser(who);
  await page.goto("/");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.waitForURL((url) => url.origin === via);
  await page.getByRole("button", { name: new RegExp(`^${user.displayName}\\b`) }).click();
  await page.waitForURL((url) => url.origin !== via);
  await expect(page.getByText(user.displayName, { exact: true }).first()).toBeVisible();
}

/** Ends every sign-in session and refresh token, so the app's next silent renewal needs the user. */
export async function endAllSignIns(page: Page): Promise<void> {
  const response = await page.request.post(`${signInOrigin}/_control/reset`);
  expect(response.ok()).toBe(true);
}
