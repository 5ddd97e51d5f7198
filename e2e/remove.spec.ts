import { seedGroups, seedIds } from "../src/mocks/seedData";
import { expect, signIn, test } from "./fixtures";
import { assignmentTable, openPool } from "./poolPage";

const included = `Included group ${seedGroups.fieldEngineers.displayName}`;
const excluded = `Excluded group ${seedGroups.contractorsExcluded.displayName}`;

test("removing an assignment asks first, says what happens, and leaves Graph without it", async ({
  page,
  emulator,
}) => {
  await signIn(page, "admin");
  await openPool(page, seedIds.poolWithAssignments);
  const [first, second] = await emulator.assignmentsOf(seedIds.poolWithAssignments);
  const removeIncluded = page.getByRole("button", { name: `Remove ${included}` });
  const dialog = page.getByRole("dialog", { name: "Remove this assignment?" });
  const deletes: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "DELETE") deletes.push(new URL(request.url()).pathname);
  });

  // Cancel sends nothing and focus goes back to the row's button.
  await removeIncluded.click();
  await expect(dialog).toContainText(included);
  await expect(dialog).toContainText(
    /Devices in this group stop getting activation codes from this pool/,
  );
  await expect(dialog).toContainText(/lose it at their next check-in/);
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(removeIncluded).toBeFocused();
  expect(deletes).toEqual([]);

  await removeIncluded.click();
  await dialog.getByRole("button", { name: "Remove" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText(`Removed: ${included}.`)).toBeVisible();
  await expect(assignmentTable(page).getByRole("row")).toHaveCount(2);
  // The row's button is gone: focus lands on the next row's.
  await expect(page.getByRole("button", { name: `Remove ${excluded}` })).toBeFocused();
  expect(deletes).toEqual([
    `/beta/deviceManagement/embeddedSIMActivationCodePools/${seedIds.poolWithAssignments}/assignments/${first?.id}`,
  ]);
  expect((await emulator.assignmentsOf(seedIds.poolWithAssignments)).map(({ id }) => id)).toEqual([
    second?.id,
  ]);
});

test("removing an assignment another admin already removed says so and shows the pool as it is", async ({
  page,
  emulator,
}) => {
  await signIn(page, "admin");
  await openPool(page, seedIds.poolWithAssignments);
  await expect(page.getByRole("button", { name: `Remove ${excluded}` })).toBeVisible();
  // Another admin removes both meanwhile.
  const state = await emulator.state();
  await emulator.seed({
    ...state,
    pools: state.pools.map((pool) =>
      pool.id === seedIds.poolWithAssignments ? { ...pool, assignments: [] } : pool,
    ),
  });

  await page.getByRole("button", { name: `Remove ${excluded}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Remove" }).click();
  await expect(
    page.getByText(
      `${excluded} was already removed (by another admin or tab). The list is up to date.`,
    ),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "Not assigned yet" })).toBeVisible();
});
