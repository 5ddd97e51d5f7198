import type { Request } from "@playwright/test";
import { seedGroups, seedIds } from "../src/mocks/seedData";
import { docsScreenshot } from "./docsScreenshot";
import { expect, signIn, test } from "./fixtures";
import {
  assignmentTable,
  escapeRegExp,
  expectOneCreated,
  groupPicker,
  notCreatedBar,
  openPool,
  pickGroup,
  pickedGroups,
  poolName,
  openEmptyPoolAsAdmin,
} from "./poolPage";

const isCreate = (request: Request) =>
  request.method() === "POST" && request.url().endsWith("/assignments");

test("an admin finds a group by part of its name, assigns it to a pool from the last page, and it stays assigned", async ({
  page,
  emulator,
}) => {
  await signIn(page, "admin");
  await expect(
    page.getByRole("heading", { level: 1, name: "Activation code pools" }),
  ).toBeVisible();
  // 60 pools arrive in three pages; the count says "so far, still counting…" until the last.
  await expect(page.getByText(/^60 pools$/)).toBeVisible();
  await docsScreenshot(page, "pools");

  await openPool(page, seedIds.lastPool);
  await expect(page.getByText("Not assigned yet")).toBeVisible();
  const posted: unknown[] = [];
  page.on("request", (request) => {
    if (isCreate(request)) posted.push(request.postDataJSON());
  });
  await groupPicker(page).click();
  await page.keyboard.type("field");
  await expect(page.getByRole("option", { name: /^Field Engineers – Tablets/ })).toBeVisible();
  await docsScreenshot(page, "group-picker");
  await page.keyboard.press("Escape");
  await groupPicker(page).fill("");
  await pickGroup(page, "spare", seedGroups.spareDevices.displayName);
  await page.getByRole("button", { name: "Assign" }).click();

  await expectOneCreated(page, emulator, seedIds.lastPool, seedGroups.spareDevices);
  expect(posted).toEqual([
    {
      "@odata.type": "#microsoft.graph.embeddedSIMActivationCodePoolAssignment",
      target: {
        "@odata.type": "#microsoft.graph.groupAssignmentTarget",
        groupId: seedGroups.spareDevices.id,
      },
    },
  ]);
  // Created groups leave the picker; the table names the group, its kind and its id.
  await expect(pickedGroups(page).getByRole("option")).toHaveCount(0);
  const row = assignmentTable(page).getByRole("row", { name: /Spare Devices/ });
  await expect(row).toContainText("Security");
  await expect(row).toContainText("Included");
  await expect(row).toContainText(seedGroups.spareDevices.id);
  await docsScreenshot(page, "assignment-created", true);

  await page.reload();
  await expect(assignmentTable(page)).toContainText(seedGroups.spareDevices.displayName);
  await page.goBack();
  await page.goForward();
  await expect(
    page.getByRole("heading", { level: 1, name: poolName(seedIds.lastPool) }),
  ).toBeVisible();
});

test("two groups picked at once become two assignments, each posted once", async ({
  page,
  emulator,
}) => {
  await openEmptyPoolAsAdmin(page);
  const posts: string[] = [];
  page.on("request", (request) => {
    if (isCreate(request)) posts.push(String(request.postDataJSON()?.target?.groupId));
  });
  await page.getByRole("radio", { name: "Exclude a group" }).check();
  // Two groups whose names share a prefix, and one with an apostrophe.
  await pickGroup(page, "Field Engineers", seedGroups.fieldEngineersTablets.displayName);
  await pickGroup(page, "o'bri", seedGroups.obrienLab.displayName);
  await page.getByRole("button", { name: "Assign" }).click();

  const created = page.getByRole("group", { name: "2 assignments created" });
  await expect(created).toBeVisible();
  await expect(created).toContainText(
    `Excluded group ${seedGroups.fieldEngineersTablets.displayName}`,
  );
  await expect(created).toContainText(`Excluded group ${seedGroups.obrienLab.displayName}`);
  const stored = await emulator.assignmentsOf(seedIds.emptyPool);
  expect(
    stored.map(({ target }) => [target["@odata.type"], "groupId" in target && target.groupId]),
  ).toEqual([
    ["#microsoft.graph.exclusionGroupAssignmentTarget", seedGroups.fieldEngineersTablets.id],
    ["#microsoft.graph.exclusionGroupAssignmentTarget", seedGroups.obrienLab.id],
  ]);
  expect(posts).toEqual([seedGroups.fieldEngineersTablets.id, seedGroups.obrienLab.id]);
  await expect(assignmentTable(page).getByRole("row")).toHaveCount(3);
});

test("a group already on the pool is marked in the picker and cannot be picked; an unknown pasted id is refused", async ({
  page,
  emulator,
}) => {
  await signIn(page, "admin");
  await openPool(page, seedIds.poolWithAssignments);
  await expect(assignmentTable(page)).toContainText(seedGroups.fieldEngineers.displayName);
  const before = await emulator.state();
  let posts = 0;
  page.on("request", (request) => {
    if (isCreate(request)) posts += 1;
  });

  await groupPicker(page).click();
  await page.keyboard.type("field eng");
  const included = page.getByRole("option", {
    name: new RegExp(`^${escapeRegExp(seedGroups.fieldEngineers.displayName)}`),
  });
  await expect(included).toContainText("Already included");
  await expect(included).toHaveAttribute("aria-disabled", "true");
  // Playwright waits for an enabled element; a pointer still reaches it, and nothing is picked.
  await included.click({ force: true });
  await expect(pickedGroups(page).getByRole("option")).toHaveCount(0);

  const unknownId = "0f8fad5b-d9cb-469f-a165-70867728950e";
  await groupPicker(page).fill("");
  await page.keyboard.insertText(unknownId);
  await expect(
    page.getByRole("option", { name: `No group with id ${unknownId} in this tenant.` }),
  ).toBeVisible();
  await page.keyboard.press("Escape");
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByRole("alert")).toHaveText("Pick at least one group.");

  expect(posts).toBe(0);
  expect(await emulator.state()).toEqual(before);
});

test("a 400 from Graph is shown with its request id and the picked group stays picked", async ({
  page,
  emulator,
}) => {
  await openEmptyPoolAsAdmin(page);
  await emulator.fault({
    method: "POST",
    path: `/embeddedSIMActivationCodePools/${seedIds.emptyPool}/assignments`,
    status: 400,
    code: "BadRequest",
    message: "The group is not a device group.",
  });
  await pickGroup(page, "sales team", seedGroups.salesTeam.displayName);
  await expect(page.getByText(/Sales Team holds users, not devices/)).toBeVisible();
  const answer = page.waitForResponse((response) => isCreate(response.request()));
  await page.getByRole("button", { name: "Assign" }).click();
  const requestId = (await answer).headers()["request-id"] ?? "no request id";

  const facts = notCreatedBar(page).getByRole("definition");
  await expect(notCreatedBar(page)).toBeVisible();
  await expect(facts.filter({ hasText: /^The group is not a device group\.$/ })).toBeVisible();
  await expect(facts.filter({ hasText: new RegExp(`^${escapeRegExp(requestId)}$`) })).toBeVisible();
  await expect(facts.filter({ hasText: /^BadRequest$/ })).toBeVisible();
  await expect(pickedGroups(page).getByRole("option", { name: "Sales Team" })).toBeVisible();
  expect(await emulator.assignmentsOf(seedIds.emptyPool)).toEqual([]);
});

test("a double click on Assign, and on Remove, sends one request each", async ({
  page,
  emulator,
}) => {
  await openEmptyPoolAsAdmin(page);
  const writes: string[] = [];
  page.on("request", (request) => {
    if (["POST", "DELETE"].includes(request.method())) writes.push(request.method());
  });

  await pickGroup(page, "spare", seedGroups.spareDevices.displayName);
  await page.getByRole("button", { name: "Assign" }).dblclick();
  await expectOneCreated(page, emulator, seedIds.emptyPool, seedGroups.spareDevices);

  await page.getByRole("button", { name: "Remove Included group Spare Devices" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Remove" }).dblclick();
  await expect(page.getByText("Removed: Included group Spare Devices.")).toBeVisible();
  expect(writes).toEqual(["POST", "DELETE"]);
  expect(await emulator.assignmentsOf(seedIds.emptyPool)).toEqual([]);
});
