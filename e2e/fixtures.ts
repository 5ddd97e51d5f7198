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
  /** What Graph holds for one pool's assignments right now. */
  assignmentsOf(poolId: string): Promise<GraphStoreData["pools"][number]["assignments"]>;
}

export const test = base.extend<{ emulator: EmulatorControl }>({
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
