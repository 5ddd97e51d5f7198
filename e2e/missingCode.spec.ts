import { seedIds } from "../src/mocks/seedData";
import { expect, signIn, test } from "./fixtures";
import { poolName, poolPageCode } from "./poolPage";

// Quality bar 25: code gone after a redeploy is a sentence and Reload, never a blank page.
const name = poolName(seedIds.poolWithAssignments);

test("a page whose code is gone reloads once by itself, then says so and offers Reload", async ({
  page,
  browserLog,
}) => {
  await signIn(page, "admin");
  await page.route(poolPageCode, (route) => route.fulfill({ status: 404, body: "Not found" }));
  // React reports the error its boundary caught; the screen below is what the admin gets.
  browserLog.allow(/ChunkLoadError|dynamically imported module/);
  let loads = 0;
  page.on("load", () => (loads += 1));

  await page.getByRole("searchbox", { name: "Filter by name" }).fill(name);
  await page.getByRole("link", { name }).click();

  await expect(
    page.getByRole("heading", { level: 1, name: "This page could not be loaded" }),
  ).toBeVisible();
  await expect(page.getByText(/A new version was probably published/)).toBeVisible();
  await expect(page.getByText("ChunkLoadError", { exact: true })).toBeVisible();
  expect(loads).toBe(1);
  // The shell around the page still works.
  await expect(page.getByRole("link", { name: "Pools" })).toBeVisible();

  await page.unroute(poolPageCode);
  await page.getByRole("button", { name: "Reload" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  expect(loads).toBe(2);
});

test("code that is back by the time the page reloads: the admin just sees the page", async ({
  page,
}) => {
  await signIn(page, "admin");
  let loads = 0;
  page.on("load", () => (loads += 1));
  // Missing until the page reloads: the download started while MSAL starts and the page's own
  // may be one request or two, depending on which comes first.
  let navigations = 0;
  page.on("request", (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) navigations += 1;
  });
  await page.route(poolPageCode, (route) =>
    navigations < 2 ? route.fulfill({ status: 404, body: "Not found" }) : route.fallback(),
  );

  await page.goto(`/pools/${seedIds.poolWithAssignments}`);
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  // The visit, and the one reload that fetched the code again.
  expect(loads).toBe(2);
});
