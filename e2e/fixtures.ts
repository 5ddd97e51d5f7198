import { test as base, expect, type Page } from "@playwright/test";
import type { GraphActivationCode } from "../src/mocks/activationCode";
import type { FaultRuleInput } from "../src/mocks/faultQueue";
import type { DeviceStateCounts } from "../src/mocks/graphStore";
import {
  parseGraphStoreData,
  type GraphStoreData,
  type GraphStoreSeed,
} from "../src/mocks/graphStoreData";
import { graphOrigin, signInOrigin } from "../local/demo";
import { demoUser, type DemoUserKey } from "../local/users";
import { watchBrowser, type BrowserLog } from "./browserLog";

/** The Graph emulator's control API, for arranging data and faults from a test. */
export interface EmulatorControl {
  /** Replaces the emulator's data. */
  seed(data: GraphStoreSeed): Promise<void>;
  /**
   * Fails the next matching request(s): status, Retry-After, delay or a dropped connection;
   * `pass: n` lets n matching requests through first (fail page n + 1 of a list).
   */
  fault(rule: FaultRuleInput | FaultRuleInput[]): Promise<void>;
  state(): Promise<GraphStoreData>;
  /** Fault rules not used up yet. */
  pendingFaults(): Promise<unknown[]>;
  clearFaults(): Promise<void>;
  /** What Graph holds for one pool's assignments right now. */
  assignmentsOf(poolId: string): Promise<GraphStoreData["pools"][number]["assignments"]>;
  /** How many of a pool's devices are in each state (the states themselves are not in `state`). */
  deviceStateCounts(poolId: string): Promise<DeviceStateCounts>;
  /** The codes a pool was created with, in upload order (Graph never returns them). */
  activationCodesOf(poolId: string): Promise<GraphActivationCode[]>;
  /** Rows per device state page (500 until the next test: every test starts with a reset). */
  setDeviceStatePageSize(size: number): Promise<void>;
}

/** A token request the sign-in server answered, as its control API records it (no secrets). */
export interface RecordedTokenRequest {
  grantType: string;
  user: string;
  clientCapabilities: string[];
  /** What the request's `claims` asked of the access token besides xms_cc, or null. */
  claims: Record<string, unknown> | null;
  status: number;
}

/** The sign-in server's control API: consent per user, and the token requests it answered. */
export interface SignInControl {
  /** Takes consent back (before the user signs in: tokens already issued keep theirs). */
  revokeConsent(user: DemoUserKey, permissions: string[]): Promise<void>;
  tokenRequests(): Promise<RecordedTokenRequest[]>;
}

export const test = base.extend<{
  emulator: EmulatorControl;
  signInServer: SignInControl;
  browserLog: BrowserLog;
}>({
  // A React warning, an uncaught error, anything the app logs, or a CSP violation fails the test.
  browserLog: [
    async ({ context }, use) => {
      const log = await watchBrowser(context);
      await use(log);
      expect(log.problems(), "the browser console stays clean").toEqual([]);
      expect(log.takeViolations(), "no securitypolicyviolation events").toEqual([]);
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
        tokenRequests: async () => {
          const response = await request.get(`${signInOrigin}/_control/token-requests`);
          expect(response.ok()).toBe(true);
          return (await response.json()) as RecordedTokenRequest[];
        },
      });
      // Consent, sessions and refresh tokens back to the demo's defaults for the next test.
      expect((await request.post(`${signInOrigin}/_control/reset`)).ok()).toBe(true);
    },
    { auto: true },
  ],
  emulator: [
    async ({ request }, use) => {
      const control = async (method: "GET" | "POST" | "DELETE", path: string, data?: unknown) => {
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
        clearFaults: async () => void (await control("DELETE", "faults")),
        assignmentsOf: async (poolId) => {
          const pool = (await state()).pools.find(({ id }) => id === poolId);
          if (!pool) throw new Error(`The emulator holds no pool ${poolId}.`);
          return pool.assignments;
        },
        deviceStateCounts: async (poolId) => {
          const path = `device-state-counts/${encodeURIComponent(poolId)}`;
          return (await (await control("GET", path)).json()) as DeviceStateCounts;
        },
        activationCodesOf: async (poolId) => {
          const path = `activation-codes/${encodeURIComponent(poolId)}`;
          const body = (await (await control("GET", path)).json()) as {
            activationCodes: GraphActivationCode[];
          };
          return body.activationCodes;
        },
        setDeviceStatePageSize: async (size) =>
          void (await control("POST", "settings", { deviceStatePageSize: size })),
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
