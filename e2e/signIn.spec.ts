import { expect, signIn, test } from "./fixtures";
import { demo } from "../local/demo";
import { demoUser } from "../local/users";

test("an admin signs in through the real redirect flow, sees who and where they are, and signs out", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "eSIM Pool Admin" })).toBeVisible();
  await expect(page.getByText(/Local demo: you sign in with a demo account/)).toBeVisible();

  await signIn(page, "admin");
  const account = page.getByRole("group", { name: "Signed in account" });
  await expect(account).toContainText(demoUser("admin").displayName);
  await expect(account).toContainText(`contoso.example · tenant ${demo.tenantId}`);
  await expect(page).toHaveURL(/\/pools$/);
  expect(page.url()).not.toMatch(/code=|id_token|access_token/);

  // Tokens live only under MSAL's own cache keys.
  const leaked = await page.evaluate((clientId) => {
    const stores = [sessionStorage, localStorage];
    return stores.flatMap((store) =>
      Object.keys(store).filter(
        (key) =>
          !key.startsWith("msal.") &&
          !key.includes(clientId) &&
          /eyJ/.test(store.getItem(key) ?? ""),
      ),
    );
  }, demo.clientId);
  expect(leaked).toEqual([]);

  await page.reload();
  await expect(account).toContainText(demoUser("admin").displayName);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
  await expect(page).not.toHaveURL(/state=/);
});

test("a deep link survives sign-in", async ({ page }) => {
  await page.goto("/pools/1fb0dbcf-4e7f-40ee-9297-a1bdef659f55");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByRole("button", { name: /^Lee Gu\b/ }).click();
  await expect(page).toHaveURL(/\/pools\/1fb0dbcf-4e7f-40ee-9297-a1bdef659f55$/);
  await expect(page.getByRole("group", { name: "Signed in account" })).toContainText("Lee Gu");
});

test("cancelling on the sign-in page comes back with a sentence, not a blank page", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("alert")).toHaveText(
    "Sign-in was cancelled or refused. Select Sign in to try again, or ask an administrator for access.",
  );
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
  expect(page.url()).not.toMatch(/error=|state=/);
});

test.describe("a broken config.json shows what to fix instead of a blank page", () => {
  test("missing auth.clientId", async ({ page }) => {
    await page.route("**/config.json", (route) =>
      route.fulfill({ json: { auth: { authority: "https://login.microsoftonline.com/contoso" } } }),
    );
    await page.goto("/");
    await expect(
      page.getByRole("heading", { name: "This site is not configured yet" }),
    ).toBeVisible();
    const toFix = page.getByRole("list", { name: "Settings to fix" });
    await expect(toFix).toContainText("auth.clientId");
    await expect(toFix).toContainText('"clientId": "11111111-2222-3333-4444-555555555555"');
  });

  test("not JSON", async ({ page }) => {
    await page.route("**/config.json", (route) =>
      route.fulfill({ body: "{ nope", contentType: "application/json" }),
    );
    await page.goto("/");
    await expect(page.getByRole("alert")).toContainText("is not valid JSON");
  });

  test("missing file", async ({ page }) => {
    await page.route("**/config.json", (route) =>
      route.fulfill({ status: 404, body: "Not found" }),
    );
    await page.goto("/");
    await expect(page.getByRole("alert")).toContainText("config.json was not found");
  });
});
