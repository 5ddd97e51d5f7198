import type { Locator, Page } from "@playwright/test";
import { seedGroups, seedIds } from "../src/mocks/seedData";
import { expect, signIn, test } from "./fixtures";
import {
  expectOneCreated,
  isPoolsList,
  openEmptyPoolAsAdmin,
  openPool,
  pickGroup,
  poolName,
  poolsPath,
} from "./poolPage";

const throttledNotice = (page: Page) =>
  page.getByText(/^Microsoft Graph is throttling requests; retrying in \d+ s \(attempt \d\)\.$/);

/** The value an error bar shows for one of its facts (Status, Code, Request id, …). */
const errorFact = (bar: Locator, term: string) =>
  bar.locator("dt", { hasText: new RegExp(`^${term}$`) }).locator("xpath=following-sibling::dd[1]");

test.describe("quality bar 1: a throttled list read is retried and then appears", () => {
  for (const [how, retryAfter] of [
    ["after the Retry-After it names", "1"],
    ["with backoff when its Retry-After is unreadable", "soon"],
  ] as const) {
    test(how, async ({ page, emulator }) => {
      await emulator.fault({ method: "GET", path: poolsPath, status: 429, retryAfter, times: 2 });
      await signIn(page, "admin");

      await expect(throttledNotice(page).first()).toBeVisible();
      await expect(page.getByText(/^60 pools$/)).toBeVisible();
      expect(await emulator.pendingFaults()).toEqual([]);
    });
  }
});

test("quality bar 2: a read that keeps failing stops at the retry cap and shows Graph's request id", async ({
  page,
  emulator,
}) => {
  await emulator.fault({ method: "GET", path: poolsPath, status: 503, times: 20 });
  const answers: string[] = [];
  page.on("response", (response) => {
    if (isPoolsList(response.request())) answers.push(response.headers()["request-id"] ?? "");
  });
  await signIn(page, "admin");

  const bar = page.getByRole("group", { name: "The pools could not be loaded" });
  await expect(bar).toBeVisible({ timeout: 20_000 });
  // One request and three retries: the cap held, 16 injected failures are still waiting.
  expect(answers).toHaveLength(4);
  expect(await emulator.pendingFaults()).toMatchObject([{ times: 16 }]);
  await expect(errorFact(bar, "Status")).toHaveText("503");
  await expect(errorFact(bar, "Code")).toHaveText("ServiceUnavailable");
  await expect(errorFact(bar, "Request id")).toHaveText(answers.at(-1) ?? "no answer");

  await emulator.clearFaults();
  await bar.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByText(/^60 pools$/)).toBeVisible();
  await expect(bar).toBeHidden();
});

test("quality bar 3: a create answered 429 is sent again only after the wait, and exactly one exists", async ({
  page,
  emulator,
}) => {
  await openEmptyPoolAsAdmin(page);
  await emulator.fault({
    method: "POST",
    path: `${poolsPath}/${seedIds.emptyPool}/assignments`,
    status: 429,
    retryAfter: "2",
  });
  const posts: number[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && request.url().endsWith("/assignments")) {
      posts.push(Date.now());
    }
  });

  await pickGroup(page, "spare", seedGroups.spareDevices.displayName);
  await page.getByRole("button", { name: "Assign" }).click();

  await expect(throttledNotice(page).first()).toContainText("retrying in 2 s");
  await expectOneCreated(page, emulator, seedIds.emptyPool, seedGroups.spareDevices);
  expect(posts).toHaveLength(2);
  // Retry-After: 2 was waited out before the second POST.
  expect((posts[1] ?? 0) - (posts[0] ?? 0)).toBeGreaterThanOrEqual(1900);
});

test("quality bar 8: a pool deleted just before the POST: a clear message, the list refreshed, nothing stale", async ({
  page,
  emulator,
}) => {
  const poolId = seedIds.poolWithAssignments;
  const name = poolName(poolId);
  await signIn(page, "admin");
  await expect(page.getByText(/^60 pools$/)).toBeVisible();
  await openPool(page, poolId);
  await pickGroup(page, "spare", seedGroups.spareDevices.displayName);
  // Another admin deletes the pool after the app's re-read and before its POST arrives.
  await page.route(`**${poolsPath}/${poolId}/assignments`, async (route) => {
    if (route.request().method() === "POST") {
      const state = await emulator.state();
      await emulator.seed({ ...state, pools: state.pools.filter(({ id }) => id !== poolId) });
    }
    await route.continue();
  });
  const answers: number[] = [];
  page.on("response", (response) => {
    if (response.request().method() === "POST") answers.push(response.status());
  });

  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Pool not found" })).toBeVisible();
  await expect(page.getByText("This pool no longer exists")).toBeVisible();
  expect(answers).toEqual([404]);

  const listRead = page.waitForRequest(isPoolsList);
  await page.getByRole("link", { name: "Back to pools" }).click();
  await listRead;
  await expect(page.getByText(/^59 pools$/)).toBeVisible();
  await expect(page.getByRole("link", { name, exact: true })).toHaveCount(0);
});

test("quality bar 11: two tabs; the second adds a target the first just added and is told so, not sent", async ({
  page,
  context,
  emulator,
}) => {
  await signIn(page, "admin");
  // A second tab: the sign-in server still has the session, so it signs in without asking.
  const other = await context.newPage();
  await other.goto("/");
  await other.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(other.getByRole("group", { name: "Signed in account" })).toContainText(
    "Adele Vance",
  );
  for (const tab of [page, other]) {
    await tab.goto(`/pools/${seedIds.emptyPool}/assignments`);
    await expect(tab.getByRole("heading", { name: "Not assigned yet" })).toBeVisible();
  }
  const posts: string[] = [];
  for (const tab of [page, other]) {
    tab.on("request", (request) => {
      if (request.method() === "POST" && request.url().endsWith("/assignments")) {
        posts.push(tab === page ? "first tab" : "second tab");
      }
    });
  }

  await pickGroup(page, "spare", seedGroups.spareDevices.displayName);
  await page.getByRole("button", { name: "Assign" }).click();
  await expectOneCreated(page, emulator, seedIds.emptyPool, seedGroups.spareDevices);

  // The second tab still shows the pool as it was: the group is not marked there.
  await pickGroup(other, "spare", seedGroups.spareDevices.displayName);
  await other.getByRole("button", { name: "Assign" }).click();
  await expect(other.getByRole("alert")).toHaveText("This group is already included in this pool.");
  expect(posts).toEqual(["first tab"]);
  expect(await emulator.assignmentsOf(seedIds.emptyPool)).toHaveLength(1);
});
