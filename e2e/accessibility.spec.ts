import type { Locator } from "@playwright/test";
import { seedGroups, seedIds } from "../src/mocks/seedData";
import { seriousAxeFindings } from "./axe";
import { expect, signIn, test } from "./fixtures";
import { assignmentTable, groupPicker, pickedGroups } from "./poolPage";

test.describe("every screen passes axe (WCAG 2.1 AA) without serious or critical findings", () => {
  test("signed-out page", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
    expect(await seriousAxeFindings(page)).toEqual([]);
  });

  test("config error page", async ({ page }) => {
    await page.route("**/config.json", (route) => route.fulfill({ json: { auth: {} } }));
    await page.goto("/");
    await expect(
      page.getByRole("heading", { name: "This site is not configured yet" }),
    ).toBeVisible();
    expect(await seriousAxeFindings(page)).toEqual([]);
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`pools and pool page, ${scheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await signIn(page, "admin");
      await expect(page.getByText(/^60 pools$/)).toBeVisible();
      expect(await seriousAxeFindings(page)).toEqual([]);

      await page.goto(`/pools/${seedIds.poolWithAssignments}`);
      await expect(page.getByRole("heading", { name: "Add an assignment" })).toBeVisible();
      await expect(assignmentTable(page)).toContainText(seedGroups.fieldEngineers.displayName);
      await page.getByRole("button", { name: "Assign" }).click();
      await expect(page.getByRole("alert").first()).toBeVisible();
      expect(await seriousAxeFindings(page)).toEqual([]);

      // The open picker: options with badges, one already included, one holding users.
      await groupPicker(page).click();
      await page.keyboard.type("e");
      await page.keyboard.type("n");
      await expect(page.getByRole("option", { name: /Already included/ }).first()).toBeVisible();
      expect(await seriousAxeFindings(page)).toEqual([]);
      await page.keyboard.press("Escape");

      await page.getByRole("button", { name: /^Remove Included group/ }).click();
      await expect(page.getByRole("dialog", { name: "Remove this assignment?" })).toBeVisible();
      expect(await seriousAxeFindings(page)).toEqual([]);
    });
  }
});

test("the core journey works with the keyboard alone", async ({ page, emulator }) => {
  await signIn(page, "admin");
  await expect(page.getByText(/^60 pools$/)).toBeVisible();
  const filter = page.getByRole("searchbox", { name: /filter by name/i });
  await filter.focus();
  await page.keyboard.type("Contoso Mobile – Europe 5G");
  await expect(page.getByText(/^1 of 60 pools$/)).toBeVisible();

  // Tab from the filter into the grid (one tab stop), then arrow down to the pool's link.
  const grid = page.getByRole("grid", { name: "Activation code pools" });
  const link = grid.getByRole("link", { name: "Contoso Mobile – Europe 5G" });
  const focusIn = (locator: typeof grid) =>
    locator.evaluate((element) => element.contains(document.activeElement));
  for (let presses = 0; presses < 8 && !(await focusIn(grid)); presses++) {
    await page.keyboard.press("Tab");
  }
  for (let presses = 0; presses < 4 && !(await focusIn(link)); presses++) {
    await page.keyboard.press("ArrowDown");
  }
  await expect(link).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(
    page.getByRole("heading", { level: 1, name: "Contoso Mobile – Europe 5G" }),
  ).toBeVisible();

  // From the page's top, Tab to the group picker, find a group by typing, pick it with the keys.
  const picker = groupPicker(page);
  for (let presses = 0; presses < 40 && !(await isFocused(picker)); presses++) {
    await page.keyboard.press("Tab");
  }
  await expect(picker).toBeFocused();
  await page.keyboard.type("spare");
  await expect(page.getByRole("option", { name: /^Spare Devices/ })).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(pickedGroups(page).getByRole("option", { name: "Spare Devices" })).toBeVisible();
  const assign = page.getByRole("button", { name: "Assign" });
  for (let presses = 0; presses < 10 && !(await isFocused(assign)); presses++) {
    await page.keyboard.press("Tab");
  }
  await page.keyboard.press("Enter");
  await expect(page.getByText("Assignment created")).toBeVisible();
  const assignments = await emulator.assignmentsOf(seedIds.poolWithAssignments);
  expect(
    assignments.map((assignment) =>
      "groupId" in assignment.target ? assignment.target.groupId : null,
    ),
  ).toContain(seedGroups.spareDevices.id);

  // Remove it again by keyboard: Tab to its Remove button, confirm with Enter.
  const remove = page.getByRole("button", { name: "Remove Included group Spare Devices" });
  for (let presses = 0; presses < 60 && !(await isFocused(remove)); presses++) {
    await page.keyboard.press("Shift+Tab");
  }
  await expect(remove).toBeFocused();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Remove this assignment?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Remove" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Removed: Included group Spare Devices.")).toBeVisible();
});

const isFocused = (locator: Locator) =>
  locator.evaluate((element) => element === document.activeElement);
