import type { Page } from "@playwright/test";
import { seedGroups, seedIds } from "../src/mocks/seedData";
import { expect, signIn, test } from "./fixtures";
import { openPool, poolName, poolsPath } from "./poolPage";

const poolId = seedIds.poolWithAssignments;
const name = poolName(poolId);

function recordDeletes(page: Page) {
  const deletes: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "DELETE") deletes.push(new URL(request.url()).pathname);
  });
  return deletes;
}

test("deleting a pool asks for its name, then it is gone from the list and from Graph", async ({
  page,
  emulator,
}) => {
  const deletes = recordDeletes(page);
  await signIn(page, "admin");
  await openPool(page, poolId, "Overview");
  await page.getByRole("button", { name: "Delete pool" }).click();
  const dialog = page.getByRole("dialog", { name: `Delete pool “${name}”?` });
  await expect(dialog).toContainText(/This pool holds [\d,]+ activation codes\./);
  await expect(dialog).toContainText(`Included group ${seedGroups.fieldEngineers.displayName}`);
  await expect(dialog).toContainText(
    `Excluded group ${seedGroups.contractorsExcluded.displayName}`,
  );
  await expect(dialog).toContainText("the file from your mobile operator");

  const confirm = dialog.getByRole("textbox", { name: `Type the pool name “${name}” to confirm` });
  const remove = dialog.getByRole("button", { name: "Delete", exact: true });
  await confirm.fill(name.slice(0, -1));
  await remove.click({ force: true });
  expect(deletes).toEqual([]);

  await confirm.fill(name);
  await remove.click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Activation code pools" }),
  ).toBeVisible();
  await expect(page.getByText(`Pool “${name}” was deleted.`)).toBeVisible();
  await expect(page.getByText(/^59 pools$/)).toBeVisible();
  await expect(page.getByRole("link", { name, exact: true })).toHaveCount(0);
  expect(deletes).toEqual([`/beta${poolsPath}/${poolId}`]);
  expect((await emulator.state()).pools.map(({ id }) => id)).not.toContain(poolId);
});

test("the read-only user cannot delete a pool: the permission sentence, and Graph unchanged", async ({
  page,
  emulator,
}) => {
  await signIn(page, "reader");
  await openPool(page, poolId, "Overview");
  await page.getByRole("button", { name: "Delete pool" }).click();
  const dialog = page.getByRole("dialog", { name: `Delete pool “${name}”?` });
  await dialog.getByRole("textbox", { name: /Type the pool name/ }).fill(name);
  await dialog.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(dialog).toContainText("The pool was not deleted");
  await expect(dialog).toContainText("You are not allowed to make this change");
  await expect(dialog.getByRole("textbox", { name: /Type the pool name/ })).toHaveValue(name);
  expect((await emulator.state()).pools.map(({ id }) => id)).toContain(poolId);
});
