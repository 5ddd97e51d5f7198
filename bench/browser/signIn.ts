import { signInOrigin } from "../../local/demo";
import { demoUser } from "../../local/users";
import type { Page } from "@playwright/test";
import { appOrigin } from "../stack/localStack";

const timeout = 60_000;

/**
 * The demo admin signs in through the app's MSAL redirect and the local sign-in page, as a person
 * would. MSAL keeps its cache in this tab's sessionStorage: the tab stays signed in, others do not.
 */
export async function signInAsAdmin(page: Page): Promise<void> {
  const user = demoUser("admin");
  await page.goto(`${appOrigin}/`, { timeout });
  await page.getByRole("button", { name: "Sign in", exact: true }).click({ timeout });
  await page.waitForURL((url) => url.origin === signInOrigin, { timeout });
  await page
    .getByRole("button", { name: new RegExp(`^${user.displayName}\\b`) })
    .click({ timeout });
  await page.waitForURL((url) => url.origin !== signInOrigin, { timeout });
  await page.getByText(user.displayName, { exact: true }).first().waitFor({ timeout });
  // Ends the landing page's own loads: they are not part of any measured screen.
  await page.goto("about:blank");
}
