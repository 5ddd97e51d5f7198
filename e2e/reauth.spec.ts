import { seedGroups, seedIds } from "../src/mocks/seedData";
import { endAllSignIns, expect, signIn, test } from "./fixtures";
import { createdBar, openPool, pickGroup, pickedGroups } from "./poolPage";
import { signInOrigin } from "../local/demo";

test("when the session has ended mid-form, the admin signs in again and the form comes back", async ({
  page,
  emulator,
}) => {
  await signIn(page, "admin");
  await openPool(page, seedIds.emptyPool);
  await page.getByRole("radio", { name: "Exclude a group" }).check();
  await pickGroup(page, "spare", seedGroups.spareDevices.displayName);

  // The access token has expired and the sign-in session and refresh token are gone, so
  // silent renewal (refresh token, then hidden iframe through redirect.html) cannot succeed.
  await page.evaluate(() => {
    for (const key of Object.keys(sessionStorage)) {
      if (key.toLowerCase().includes("accesstoken")) sessionStorage.removeItem(key);
    }
  });
  await endAllSignIns(page);
  const visited: string[] = [];
  page.on("request", (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
      visited.push(new URL(request.url()).origin);
    }
  });
  await page.getByRole("button", { name: "Assign" }).click();

  // Off to the sign-in server (it knows the user from MSAL's login_hint) and back to the pool.
  await expect.poll(() => visited).toContain(signInOrigin);
  await page.waitForURL((url) => url.pathname === `/pools/${seedIds.emptyPool}/assignments`);

  await expect(page.getByRole("radio", { name: "Exclude a group" })).toBeChecked();
  await expect(pickedGroups(page).getByRole("option", { name: "Spare Devices" })).toBeVisible();
  expect(await emulator.assignmentsOf(seedIds.emptyPool)).toEqual([]);

  await page.getByRole("button", { name: "Assign" }).click();
  await expect(createdBar(page)).toContainText(
    `Excluded group ${seedGroups.spareDevices.displayName}`,
  );
  // What was typed lived in sessionStorage only while the redirect was under way.
  const drafts = await page.evaluate(() =>
    Object.keys(sessionStorage).filter((key) => key.startsWith("esim-admin.draft.")),
  );
  expect(drafts).toEqual([]);
});
