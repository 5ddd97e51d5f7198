import type { Page } from "@playwright/test";
import { seedGroups, seedIds } from "../src/mocks/seedData";
import { graphOrigin } from "../local/demo";
import { expect, signIn, test } from "./fixtures";
import {
  assignmentTable,
  expectOneCreated,
  groupPicker,
  openPool,
  pickGroup,
  pickedGroups,
  openEmptyPoolAsAdmin,
} from "./poolPage";

// Quality bar 6: offline, nothing is sent or queued for later; back online, the admin decides.

/** Every request the page sends to Graph from now on, as "METHOD /path". */
function recordGraphRequests(page: Page): string[] {
  const sent: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.origin === graphOrigin) sent.push(`${request.method()} ${url.pathname}`);
  });
  return sent;
}

const offlineBanner = (page: Page) => page.getByRole("group", { name: "You are offline" });

/**
 * A request held back while offline would go out the moment the connection returns (TanStack
 * Query resumes paused work on the browser's `online` event). The admin then searches a group:
 * its answer arriving proves the page had every chance to send anything it was holding.
 */
async function backOnline(page: Page) {
  await page.context().setOffline(false);
  await expect(offlineBanner(page)).toBeHidden();
  await groupPicker(page).click();
  await page.keyboard.type("zurich");
  await expect(
    page.getByRole("option", { name: new RegExp(`^${seedGroups.zurichDevices.displayName}`) }),
  ).toBeVisible();
  await page.keyboard.press("Escape");
  await groupPicker(page).fill("");
}

test("offline, Assign sends nothing and queues nothing; back online the admin assigns again", async ({
  page,
  emulator,
}) => {
  await openEmptyPoolAsAdmin(page);
  await pickGroup(page, "spare", seedGroups.spareDevices.displayName);
  const sent = recordGraphRequests(page);

  await page.context().setOffline(true);
  await expect(offlineBanner(page)).toContainText("nothing waits to be sent later");
  const assign = page.getByRole("button", { name: "Assign" });
  await assign.click();
  await expect(page.getByRole("group", { name: /^The assignment was not created/ })).toContainText(
    "You are offline",
  );
  await expect(assign).toBeEnabled();
  await expect(assign).not.toHaveAttribute("aria-disabled", "true");
  await expect(pickedGroups(page).getByRole("option", { name: "Spare Devices" })).toBeVisible();
  expect(sent).toEqual([]);

  await backOnline(page);
  expect(sent.filter((request) => request.startsWith("POST"))).toEqual([]);
  expect(await emulator.assignmentsOf(seedIds.emptyPool)).toEqual([]);

  await assign.click();
  await expectOneCreated(page, emulator, seedIds.emptyPool, seedGroups.spareDevices);
  expect(sent.filter((request) => request.startsWith("POST"))).toHaveLength(1);
});

test("offline, Remove sends nothing and queues nothing; back online the admin removes again", async ({
  page,
  emulator,
}) => {
  await signIn(page, "admin");
  await openPool(page, seedIds.poolWithAssignments);
  const name = `Included group ${seedGroups.fieldEngineers.displayName}`;
  await page.getByRole("button", { name: `Remove ${name}` }).click();
  const dialog = page.getByRole("dialog", { name: "Remove this assignment?" });
  const sent = recordGraphRequests(page);

  await page.context().setOffline(true);
  await dialog.getByRole("button", { name: "Remove" }).click();
  await expect(dialog.getByRole("group", { name: "The assignment was not removed" })).toContainText(
    "You are offline, so nothing was sent",
  );
  await expect(dialog.getByRole("button", { name: "Remove" })).toBeEnabled();
  expect(sent).toEqual([]);
  await dialog.getByRole("button", { name: "Cancel" }).click();

  await backOnline(page);
  expect(sent.filter((request) => request.startsWith("DELETE"))).toEqual([]);
  expect(await emulator.assignmentsOf(seedIds.poolWithAssignments)).toHaveLength(2);

  await page.getByRole("button", { name: `Remove ${name}` }).click();
  await dialog.getByRole("button", { name: "Remove" }).click();
  await expect(page.getByText(`Removed: ${name}.`)).toBeVisible();
  expect(sent.filter((request) => request.startsWith("DELETE"))).toHaveLength(1);
  await expect(assignmentTable(page).getByRole("row")).toHaveCount(2);
});
