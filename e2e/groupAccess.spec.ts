import { seedGroups, seedIds } from "../src/mocks/seedData";
import { expect, signIn, test } from "./fixtures";
import { assignmentTable, groupPicker, notCreatedBar, openPool, pickGroup } from "./poolPage";

const groupPermission = "GroupMember.Read.All";

test("sign-in asks only for the eSIM permission; group access is asked for in a popup the admin opens", async ({
  page,
  signInServer,
}) => {
  // A tenant where this app has not been granted group reading for Adele yet.
  await signInServer.revokeConsent("admin", [groupPermission]);
  const asked: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    const authorize = url.pathname.endsWith("/oauth2/v2.0/authorize");
    if (authorize && request.method() === "GET") asked.push(url.searchParams.get("scope") ?? "");
  });
  await signIn(page, "admin");
  // MSAL's request, and the same one again once the account was picked on the sign-in page.
  expect(new Set(asked)).toEqual(
    new Set([
      "https://graph.microsoft.com/DeviceManagementConfiguration.ReadWrite.All openid profile offline_access",
    ]),
  );

  await openPool(page, seedIds.poolWithAssignments);
  // Nothing opened on its own: the names wait, with the ids shown meanwhile.
  await expect(assignmentTable(page)).toContainText(`Group ${seedIds.includedGroup}`);
  await expect(page.getByRole("button", { name: "Show group names" })).toBeVisible();
  await groupPicker(page).click();
  await page.keyboard.type("spare");
  await expect(page.getByRole("option", { name: /Confirm access to groups below/ })).toBeVisible();
  await page.keyboard.press("Escape");

  const popupOpened = page.waitForEvent("popup");
  await page.getByRole("button", { name: "Continue to search groups" }).click();
  const popup = await popupOpened;
  await expect(popup.getByRole("heading", { name: "Permissions requested" })).toBeVisible();
  await expect(popup.getByText(/GroupMember\.Read\.All/)).toBeVisible();
  const closed = popup.waitForEvent("close");
  await popup.getByRole("button", { name: "Accept" }).click();
  await closed;

  // The page never left: the names arrive, and what was typed searches now.
  await expect(page).toHaveURL(new RegExp(`/pools/${seedIds.poolWithAssignments}/assignments$`));
  await expect(assignmentTable(page)).toContainText(seedGroups.fieldEngineers.displayName);
  await expect(page.getByRole("button", { name: "Show group names" })).toHaveCount(0);
  await groupPicker(page).click();
  await expect(page.getByRole("option", { name: /^Spare Devices/ })).toBeVisible();
});

test("when the browser blocks the popup, access is asked for by redirect and the form comes back", async ({
  page,
  signInServer,
}) => {
  await signInServer.revokeConsent("admin", [groupPermission]);
  // What a popup blocker does to the page: window.open hands back no window.
  await page.addInitScript(() => {
    window.open = () => null;
  });
  await signIn(page, "admin");
  await openPool(page, seedIds.emptyPool);
  await page.getByRole("radio", { name: "Exclude a group" }).check();
  await groupPicker(page).click();
  await page.keyboard.type("pilot");
  await page.keyboard.press("Escape");

  await page.getByRole("button", { name: "Continue to search groups" }).click();
  await expect(page.getByRole("heading", { name: "Permissions requested" })).toBeVisible();
  await page.getByRole("button", { name: "Accept" }).click();

  await page.waitForURL((url) => url.pathname === `/pools/${seedIds.emptyPool}/assignments`);
  await expect(page.getByRole("radio", { name: "Exclude a group" })).toBeChecked();
  await pickGroup(page, "pilot", seedGroups.pilotRing1.displayName);
});

test("Lee Gu, who may not read groups, gets the object id field with the reason, and a 403 on create and on remove", async ({
  page,
  emulator,
}) => {
  await signIn(page, "reader");
  await openPool(page, seedIds.poolWithAssignments);
  await expect(assignmentTable(page)).toContainText(`Group ${seedIds.includedGroup}`);

  const popupOpened = page.waitForEvent("popup");
  await page.getByRole("button", { name: "Continue to search groups" }).click();
  const popup = await popupOpened;
  await expect(popup.getByRole("heading", { name: "Approval required" })).toBeVisible();
  await popup.getByRole("button", { name: "Back to the app" }).click();

  await expect(
    page.getByText(
      "Groups cannot be searched by name: this app has not been granted GroupMember.Read.All for your account (an administrator can grant it in Microsoft Entra ID). Enter the group's object id instead.",
    ),
  ).toBeVisible();
  await expect(page.getByText(/^Group names are not shown: /)).toBeVisible();
  await expect(groupPicker(page)).toHaveCount(0);
  const groupField = page.getByRole("textbox", { name: /group object id/i });
  await groupField.fill(seedIds.unassignedGroup);
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(notCreatedBar(page)).toContainText(
    /It needs the Microsoft Graph permission DeviceManagementConfiguration\.ReadWrite\.All/,
  );
  await expect(groupField).toHaveValue(seedIds.unassignedGroup);

  await page
    .getByRole("button", { name: `Remove Included group ${seedIds.includedGroup}` })
    .click();
  const dialog = page.getByRole("dialog", { name: "Remove this assignment?" });
  await dialog.getByRole("button", { name: "Remove" }).click();
  await expect(dialog.getByRole("group", { name: "The assignment was not removed" })).toContainText(
    /DeviceManagementConfiguration\.ReadWrite\.All/,
  );
  await expect(dialog).toBeVisible();
  const stored = await emulator.assignmentsOf(seedIds.poolWithAssignments);
  expect(stored).toHaveLength(2);
});

test("a throttled group search is retried and its options still appear", async ({
  page,
  emulator,
}) => {
  await signIn(page, "admin");
  await openPool(page, seedIds.emptyPool);
  await emulator.fault({ method: "GET", path: "/beta/groups", status: 429, retryAfter: "1" });
  await pickGroup(page, "zurich", seedGroups.zurichDevices.displayName);
  await expect(
    page.getByText(/Microsoft Graph is throttling requests; retrying/).first(),
  ).toBeVisible();
  const left = await emulator.pendingFaults();
  expect(left).toEqual([]);
});

test("an assigned group that no longer exists reads as an unknown group", async ({ page }) => {
  await signIn(page, "admin");
  await openPool(page, seedIds.poolWithDeletedGroup);
  const row = assignmentTable(page).getByRole("row", { name: /Unknown group/ });
  await expect(row).toContainText(`Unknown group (${seedIds.deletedGroup})`);
  await expect(row).toContainText("it may have been deleted from Microsoft Entra ID");
  await expect(assignmentTable(page)).toContainText(seedGroups.fieldEngineersTablets.displayName);
});
