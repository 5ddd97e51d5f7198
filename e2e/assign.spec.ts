import type { Page } from "@playwright/test";
import { createSeedData, seedIds } from "../src/mocks/seedData";
import { expect, signIn, test } from "./fixtures";

const seed = createSeedData();
const poolName = (id: string) => seed.pools.find((pool) => pool.id === id)?.displayName ?? id;

async function openPool(page: Page, poolId: string) {
  const name = poolName(poolId);
  await page.getByRole("searchbox", { name: /filter by name/i }).fill(name);
  await expect(page.getByText(/^1 of 60 pools$/)).toBeVisible();
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

test("an admin assigns an included group to a pool from the last page and it stays assigned", async ({
  page,
  emulator,
}) => {
  await signIn(page, "admin");
  await expect(
    page.getByRole("heading", { level: 1, name: "Activation code pools" }),
  ).toBeVisible();
  // 60 pools arrive in three pages; the count only shows once every page is in.
  await expect(page.getByText(/^60 pools$/)).toBeVisible();
  await page.screenshot({ path: "docs/pools.png" });

  await openPool(page, seedIds.lastPool);
  await expect(page.getByText("Not assigned yet")).toBeVisible();
  await page.getByRole("radio", { name: "Include a group" }).check();
  await page
    .getByRole("textbox", { name: /group object id/i })
    .fill(`  ${seedIds.unassignedGroup} `);
  await page.getByRole("button", { name: "Assign" }).click();

  const created = page.getByText("Assignment created");
  await expect(created).toBeVisible();
  const pool = (await emulator.state()).pools.find(
    (candidate) => candidate.id === seedIds.lastPool,
  );
  expect(pool?.assignments).toHaveLength(1);
  const assignmentId = pool?.assignments[0]?.id ?? "missing";
  await expect(
    page.getByText(`Included group ${seedIds.unassignedGroup}, assignment id ${assignmentId}`),
  ).toBeVisible();
  const list = page.getByRole("list", { name: /assignments/i });
  await expect(list).toContainText(`Included group ${seedIds.unassignedGroup}`);
  await page.screenshot({ path: "docs/assignment-created.png", fullPage: true });

  await page.reload();
  await expect(page.getByRole("list", { name: /assignments/i })).toContainText(
    `Included group ${seedIds.unassignedGroup}`,
  );
  await page.goBack();
  await page.goForward();
  await expect(
    page.getByRole("heading", { level: 1, name: poolName(seedIds.lastPool) }),
  ).toBeVisible();
});

test("a target already assigned is refused before anything is sent", async ({ page, emulator }) => {
  await signIn(page, "admin");
  await openPool(page, seedIds.poolWithAssignments);
  await expect(page.getByRole("list", { name: /assignments/i })).toContainText(
    `Included group ${seedIds.includedGroup}`,
  );
  const before = await emulator.state();

  let posts = 0;
  page.on("request", (request) => {
    if (request.method() === "POST" && request.url().includes("/assignments")) posts += 1;
  });
  const groupField = page.getByRole("textbox", { name: /group object id/i });
  await groupField.fill(seedIds.includedGroup);
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByText(/already/i).first()).toBeVisible();
  await expect(groupField).toBeFocused();

  await page.getByRole("radio", { name: "Include a group" }).check();
  await groupField.fill(seedIds.excludedGroup);
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByText(/excluded/i).first()).toBeVisible();

  await groupField.fill("{0f8fad5b-d9cb-469f-a165-70867728950e}");
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByText(/braces/i).first()).toBeVisible();

  expect(posts).toBe(0);
  expect(await emulator.state()).toEqual(before);
});

test("the read-only user is told which permission is missing and keeps what they typed", async ({
  page,
  emulator,
}) => {
  await signIn(page, "reader");
  await expect(page.getByText(/^60 pools$/)).toBeVisible();
  await openPool(page, seedIds.emptyPool);
  const groupField = page.getByRole("textbox", { name: /group object id/i });
  await groupField.fill(seedIds.unassignedGroup);
  await page.getByRole("button", { name: "Assign" }).click();

  await expect(page.getByText("The assignment was not created")).toBeVisible();
  await expect(
    page.getByText(/DeviceManagementConfiguration\.ReadWrite\.All/).first(),
  ).toBeVisible();
  await expect(groupField).toHaveValue(seedIds.unassignedGroup);
  const pool = (await emulator.state()).pools.find(
    (candidate) => candidate.id === seedIds.emptyPool,
  );
  expect(pool?.assignments).toEqual([]);
});

test("a 400 from Graph is shown with its request id and the input stays", async ({
  page,
  emulator,
}) => {
  await signIn(page, "admin");
  await openPool(page, seedIds.emptyPool);
  await emulator.fault({
    method: "POST",
    path: `/embeddedSIMActivationCodePools/${seedIds.emptyPool}/assignments`,
    status: 400,
    code: "BadRequest",
    message: "The group is not a device group.",
  });
  const groupField = page.getByRole("textbox", { name: /group object id/i });
  await groupField.fill(seedIds.unassignedGroup);
  const answer = page.waitForResponse((response) => response.request().method() === "POST");
  await page.getByRole("button", { name: "Assign" }).click();
  const requestId = (await answer).headers()["request-id"] ?? "no request id";

  await expect(page.getByText("The assignment was not created")).toBeVisible();
  await expect(page.getByText("The group is not a device group.").first()).toBeVisible();
  await expect(page.getByText(requestId)).toBeVisible();
  await expect(page.getByText("BadRequest")).toBeVisible();
  await expect(groupField).toHaveValue(seedIds.unassignedGroup);
});
