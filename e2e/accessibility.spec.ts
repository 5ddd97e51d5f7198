import { seedIds } from "../src/mocks/seedData";
import { seriousAxeFindings } from "./axe";
import { expect, signIn, test } from "./fixtures";

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
      await page.getByRole("button", { name: "Assign" }).click();
      await expect(page.getByRole("alert").first()).toBeVisible();
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

  const groupField = page.getByRole("textbox", { name: /group object id/i });
  await groupField.focus();
  await page.keyboard.type(seedIds.unassignedGroup);
  await page.keyboard.press("Enter");
  await expect(page.getByText("Assignment created")).toBeVisible();
  const assignments = await emulator.assignmentsOf(seedIds.poolWithAssignments);
  expect(
    assignments.map((assignment) =>
      "groupId" in assignment.target ? assignment.target.groupId : null,
    ),
  ).toContain(seedIds.unassignedGroup);
});
