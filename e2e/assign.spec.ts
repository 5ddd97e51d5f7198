import { seedIds } from "../src/mocks/seedData";
import { docsScreenshot } from "./docsScreenshot";
import { expect, signIn, test } from "./fixtures";
import {
  assignmentList,
  expectOneCreated,
  escapeRegExp,
  notCreatedBar,
  openPool,
  poolName,
} from "./poolPage";

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
  await docsScreenshot(page, "pools");

  await openPool(page, seedIds.lastPool);
  await expect(page.getByText("Not assigned yet")).toBeVisible();
  await page.getByRole("radio", { name: "Include a group" }).check();
  await page
    .getByRole("textbox", { name: /group object id/i })
    .fill(`  ${seedIds.unassignedGroup} `);
  await page.getByRole("button", { name: "Assign" }).click();

  await expectOneCreated(
    page,
    emulator,
    seedIds.lastPool,
    `Included group ${seedIds.unassignedGroup}`,
  );
  await docsScreenshot(page, "assignment-created", true);

  await page.reload();
  await expect(assignmentList(page)).toContainText(`Included group ${seedIds.unassignedGroup}`);
  await page.goBack();
  await page.goForward();
  await expect(
    page.getByRole("heading", { level: 1, name: poolName(seedIds.lastPool) }),
  ).toBeVisible();
});

test("a target already assigned is refused before anything is sent", async ({ page, emulator }) => {
  await signIn(page, "admin");
  await openPool(page, seedIds.poolWithAssignments);
  await expect(assignmentList(page)).toContainText(`Included group ${seedIds.includedGroup}`);
  const before = await emulator.state();

  let posts = 0;
  page.on("request", (request) => {
    if (request.method() === "POST" && request.url().includes("/assignments")) posts += 1;
  });
  const groupField = page.getByRole("textbox", { name: /group object id/i });
  // Fluent announces a field's validation message as role=alert and describes the input with it.
  const expectFieldError = async (message: string) => {
    await expect(page.getByRole("alert")).toHaveText(message);
    await expect(groupField).toHaveAccessibleDescription(new RegExp(`^${escapeRegExp(message)}`));
    await expect(groupField).toHaveAttribute("aria-invalid", "true");
    await expect(groupField).toBeFocused();
  };
  await groupField.fill(seedIds.includedGroup);
  await page.getByRole("button", { name: "Assign" }).click();
  await expectFieldError("This group is already included in this pool.");

  await page.getByRole("radio", { name: "Include a group" }).check();
  await groupField.fill(seedIds.excludedGroup);
  await page.getByRole("button", { name: "Assign" }).click();
  await expectFieldError(
    "This group is excluded from this pool, so it cannot also be included. A group is either included or excluded, never both.",
  );

  await groupField.fill("{0f8fad5b-d9cb-469f-a165-70867728950e}");
  await page.getByRole("button", { name: "Assign" }).click();
  await expectFieldError(
    "Remove the braces { }: enter the object id as xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.",
  );

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
  // The form checks for duplicates against the loaded list, so it waits for it.
  await expect(page.getByRole("heading", { name: "Not assigned yet" })).toBeVisible();
  const groupField = page.getByRole("textbox", { name: /group object id/i });
  await groupField.fill(seedIds.unassignedGroup);
  await page.getByRole("button", { name: "Assign" }).click();

  await expect(notCreatedBar(page)).toBeVisible();
  await expect(notCreatedBar(page)).toContainText(
    /It needs the Microsoft Graph permission DeviceManagementConfiguration\.ReadWrite\.All/,
  );
  await expect(groupField).toHaveValue(seedIds.unassignedGroup);
  expect(await emulator.assignmentsOf(seedIds.emptyPool)).toEqual([]);
});

test("a 400 from Graph is shown with its request id and the input stays", async ({
  page,
  emulator,
}) => {
  await signIn(page, "admin");
  await openPool(page, seedIds.emptyPool);
  await expect(page.getByRole("heading", { name: "Not assigned yet" })).toBeVisible();
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

  const facts = notCreatedBar(page).getByRole("definition");
  await expect(notCreatedBar(page)).toBeVisible();
  await expect(facts.filter({ hasText: /^The group is not a device group\.$/ })).toBeVisible();
  await expect(facts.filter({ hasText: new RegExp(`^${escapeRegExp(requestId)}$`) })).toBeVisible();
  await expect(facts.filter({ hasText: /^BadRequest$/ })).toBeVisible();
  await expect(groupField).toHaveValue(seedIds.unassignedGroup);
});
