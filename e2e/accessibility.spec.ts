import type { FileChooser, Locator, Page } from "@playwright/test";
import { seedGroups, seedIds } from "../src/mocks/seedData";
import { seriousAxeFindings } from "./axe";
import { iccidFailingLuhn } from "../src/features/pools/create/codeFileTestSupport";
import { chooseCodeFile, codeLine, codeLines, newPoolDialog, writeCodeFile } from "./codeFiles";
import { expect, signIn, test } from "./fixtures";
import {
  assignmentTable,
  createdBar,
  groupPicker,
  pickedGroups,
  pickGroup,
  poolName,
  poolPageCode,
  poolsPath,
} from "./poolPage";

// Quality bar 22: every screen and state passes axe (WCAG 2.1 A and AA), in light and dark.
const assignmentsOf = (poolId: string) => `${poolsPath}/${poolId}/assignments`;

/**
 * Axe in this state, once what is appearing has appeared: a toast caught fading in fails the
 * contrast check (spinners, which never stop, are not waited for). The state's name says in the
 * report which one failed.
 */
async function expectAccessible(page: Page, state: string) {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== "running" ||
          animation.effect?.getTiming().iterations === Infinity,
      ),
  );
  expect(await seriousAxeFindings(page), state).toEqual([]);
}

for (const scheme of ["light", "dark"] as const) {
  test.describe(`every screen passes axe, ${scheme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
    });

    test("signed out, a sign-in error, and each kind of config error", async ({ page }) => {
      await page.goto("/");
      await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
      await expectAccessible(page, "signed out");

      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await page.getByRole("button", { name: "Cancel" }).click();
      await expect(page.getByRole("alert")).toContainText("Sign-in was cancelled or refused");
      await expectAccessible(page, "sign-in error");

      const configErrors: [string, Parameters<Page["route"]>[1], RegExp][] = [
        ["config.json missing", (route) => route.fulfill({ status: 404 }), /was not found/],
        ["config.json unreachable", (route) => route.abort(), /could not be downloaded/],
        [
          "config.json not JSON",
          (route) => route.fulfill({ body: "{ nope", contentType: "application/json" }),
          /is not valid JSON/,
        ],
        [
          "config.json without auth.clientId",
          (route) => route.fulfill({ json: { auth: { authority: "https://login.example" } } }),
          /need fixing/,
        ],
      ];
      for (const [state, answer, says] of configErrors) {
        await page.route("**/config.json", answer);
        await page.goto("/");
        await expect(page.getByRole("alert")).toContainText(says);
        await expectAccessible(page, state);
        await page.unroute("**/config.json");
      }
    });

    test("the pools screen in each state", async ({ page, emulator, browserLog }) => {
      await signIn(page, "admin");
      await expect(page.getByText(/^60 pools$/)).toBeVisible();
      await expectAccessible(page, "pools loaded");

      await page.getByRole("searchbox", { name: "Filter by name" }).fill("no such pool");
      await expect(page.getByRole("heading", { name: /No pools match/ })).toBeVisible();
      await expectAccessible(page, "pools filtered to nothing");

      await emulator.fault({ method: "GET", path: poolsPath, status: 403 });
      await page.goto("/pools");
      await expect(
        page.getByRole("group", { name: "The pools could not be loaded" }),
      ).toBeVisible();
      await expectAccessible(page, "pools with an error bar");

      await emulator.seed({ ...(await emulator.state()), pools: [] });
      await page.goto("/pools");
      await expect(
        page.getByRole("heading", { name: "No activation code pools yet" }),
      ).toBeVisible();
      await expectAccessible(page, "no pools at all");

      await page.goto("/nowhere");
      await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
      await expectAccessible(page, "page not found");

      await page.context().setOffline(true);
      await expect(page.getByRole("group", { name: "You are offline" })).toBeVisible();
      await expectAccessible(page, "offline");
      await page.context().setOffline(false);

      browserLog.allow(/ChunkLoadError|dynamically imported module/);
      await page.route(poolPageCode, (route) => route.fulfill({ status: 404 }));
      await page.goto(`/pools/${seedIds.emptyPool}`);
      await expect(
        page.getByRole("heading", { name: "This page could not be loaded" }),
      ).toBeVisible();
      await expectAccessible(page, "error screen");
    });

    test("a pool in each state", async ({ page, emulator }) => {
      await signIn(page, "admin");
      await page.goto(`/pools/${seedIds.poolWithAssignments}/assignments`);
      await expect(assignmentTable(page)).toContainText(seedGroups.fieldEngineers.displayName);
      await expectAccessible(page, "a pool with its assignments");

      await page.getByRole("button", { name: "Assign" }).click();
      await expect(page.getByRole("alert")).toHaveText("Pick at least one group.");
      await expectAccessible(page, "the form with a validation error");

      await groupPicker(page).click();
      await page.keyboard.type("en");
      await expect(page.getByRole("option", { name: /Already included/ }).first()).toBeVisible();
      await expectAccessible(page, "the picker open");
      await page.keyboard.press("Escape");

      await page.getByRole("button", { name: /^Remove Included group/ }).click();
      const dialog = page.getByRole("dialog", { name: "Remove this assignment?" });
      await expect(dialog).toBeVisible();
      await expectAccessible(page, "the remove dialog");
      await dialog.getByRole("button", { name: "Cancel" }).click();

      // Refused for good: the pool, read with its assignments, cannot be read.
      await emulator.fault({
        method: "GET",
        path: `${poolsPath}/${seedIds.emptyPool}`,
        status: 403,
        times: 5,
      });
      await page.goto(`/pools/${seedIds.emptyPool}/assignments`);
      await expect(page.getByRole("group", { name: "The pool could not be loaded" })).toBeVisible();
      await expectAccessible(page, "a pool with an error bar");

      await emulator.clearFaults();
      await page.goto(`/pools/${seedIds.emptyPool}/assignments`);
      await expect(page.getByRole("heading", { name: "Not assigned yet" })).toBeVisible();
      await pickGroup(page, "spare", seedGroups.spareDevices.displayName);
      await page.getByRole("button", { name: "Assign" }).click();
      await expect(createdBar(page)).toBeVisible();
      await expectAccessible(page, "a pool with the created result");

      // Graph answers 504 and stores nothing: the re-read cannot find it either.
      await emulator.fault({ method: "POST", path: assignmentsOf(seedIds.emptyPool), status: 504 });
      await pickGroup(page, "pilot", seedGroups.pilotRing1.displayName);
      await page.getByRole("button", { name: "Assign" }).click();
      await expect(
        page.getByRole("group", { name: "The assignment may or may not have been created" }),
      ).toBeVisible();
      await expectAccessible(page, "a pool with the may-or-may-not bar");

      await page.goto("/pools/4d7e0a4c-0000-4000-8000-000000000404");
      await expect(page.getByRole("heading", { level: 1, name: "Pool not found" })).toBeVisible();
      await expectAccessible(page, "pool gone");
    });

    test("a pool's overview and devices in each state", async ({ page, emulator }) => {
      test.setTimeout(90_000);
      await signIn(page, "admin");
      await expect(page.getByRole("heading", { name: "Activation code pools" })).toBeVisible();
      await page.goto(`/pools/${seedIds.bigPool}`);
      await expect(page.getByText("This pool is running low")).toBeVisible({ timeout: 60_000 });
      await expect(page.getByText(/failed, [\d,]+ with an error/)).toBeVisible();
      await expectAccessible(page, "overview with states, a low-codes warning and failures");

      await page.goto(`/pools/${seedIds.smallPool}/devices?sort=lastCheckIn&order=desc`);
      await expect(page.getByRole("grid", { name: "Devices" }).getByRole("row")).toHaveCount(13);
      await expectAccessible(page, "device list");

      await page
        .getByRole("group", { name: "Filter by state" })
        .getByRole("button", { name: /^Failed/ })
        .click();
      await page.getByRole("searchbox", { name: "Search by device or user" }).fill("zzz");
      await expect(page.getByRole("heading", { name: "No devices match" })).toBeVisible();
      await expectAccessible(page, "device list filtered to nothing");

      await emulator.setDeviceStatePageSize(5);
      await emulator.fault({
        method: "GET",
        path: "/deviceStates",
        status: 503,
        times: 10,
        pass: 1,
      });
      await page.goto(`/pools/${seedIds.smallPool}/devices`);
      await expect(
        page.getByRole("group", { name: "Not every device could be loaded" }),
      ).toBeVisible();
      await expectAccessible(page, "device list with a failed page");
      await emulator.clearFaults();

      await page.goto(`/pools/${seedIds.emptyPool}/devices`);
      await expect(
        page.getByRole("heading", { name: "No device has checked in for this pool yet" }),
      ).toBeVisible();
      await expectAccessible(page, "device list of a pool without devices");
    });

    test("the new pool dialog in each state", async ({ page }, testInfo) => {
      const host = "litware.smdp.example";
      await signIn(page, "admin");
      await page.getByRole("button", { name: "New pool" }).click();
      const dialog = newPoolDialog(page);
      await expect(dialog.getByRole("button", { name: "Choose file" })).toBeVisible();
      await expectAccessible(page, "new pool, no file yet");

      const bad = ["https://litware.smdp.example", codeLine(0), "8.90141E+19,X-1", codeLine(0)];
      await chooseCodeFile(page, dialog, writeCodeFile(testInfo, "bad.csv", bad));
      await expect(dialog.getByText("4 problems in the file")).toBeVisible();
      await expectAccessible(page, "new pool, a file with problems");

      const doubtful = `${iccidFailingLuhn(3)},E2E-3-Q7ZK`;
      const file = writeCodeFile(testInfo, "doubt.csv", [host, ...codeLines(3), doubtful]);
      await chooseCodeFile(page, dialog, file);
      await dialog.getByRole("button", { name: "Upload 4 codes" }).click();
      await expect(dialog.getByText("Confirm that you have checked them.")).toBeVisible();
      await expectAccessible(page, "new pool, preview with a check digit to confirm");

      await dialog.getByRole("textbox", { name: "Pool name" }).fill("");
      await dialog.getByRole("checkbox", { name: /I have checked these codes/ }).check();
      await dialog.getByRole("button", { name: "Upload 4 codes" }).click();
      await expect(dialog.getByText("Enter a name for the pool.")).toBeVisible();
      await dialog.getByRole("textbox", { name: "Pool name" }).fill("litware");
      await page.route("**/embeddedSIMActivationCodePools", (route) =>
        route.request().method() === "POST"
          ? route.fulfill({
              status: 400,
              contentType: "application/json",
              headers: { "request-id": "a11y-0000" },
              json: { error: { code: "BadRequest", message: "The request is invalid." } },
            })
          : route.fallback(),
      );
      await dialog.getByRole("button", { name: "Upload 4 codes" }).click();
      await expect(dialog.getByText("The pool was not created")).toBeVisible();
      await expectAccessible(page, "new pool, refused by Graph");
    });

    test("the delete pool dialog, asking and refused", async ({ page }) => {
      await signIn(page, "reader");
      await page.goto(`/pools/${seedIds.poolWithAssignments}`);
      await page.getByRole("button", { name: "Delete pool" }).click();
      const dialog = page.getByRole("dialog", { name: /^Delete pool/ });
      // The reader may not read group names: the ids stand in.
      await expect(dialog.getByRole("list", { name: "Assignments" })).toContainText(
        "Included group",
      );
      await expectAccessible(page, "delete pool, asking");

      await dialog.getByRole("textbox").fill(poolName(seedIds.poolWithAssignments));
      await dialog.getByRole("button", { name: "Delete", exact: true }).click();
      await expect(dialog).toContainText("You are not allowed to make this change");
      await expectAccessible(page, "delete pool, refused");
    });
  });
}

const isFocused = (locator: Locator) =>
  locator.evaluate((element) => element === document.activeElement);

/** Presses `key` until `target` has focus; fails after `limit` presses. */
async function pressUntilFocused(page: Page, key: string, target: Locator, limit = 40) {
  for (let presses = 0; presses < limit && !(await isFocused(target)); presses++) {
    await page.keyboard.press(key);
  }
  await expect(target).toBeFocused();
}

/**
 * Headless Chromium on a loaded machine now and then shows no file chooser for an Enter on the
 * focused Choose file (1 run in 4 with both cores busy; the dialog stays open, the button
 * focused, nothing in the console). A person would press Enter again; so does this, twice more.
 */
async function openFileChooserWithEnter(page: Page): Promise<FileChooser> {
  for (let attempt = 1; ; attempt++) {
    // Chromium opens a file chooser only for the page in front: make sure before each press.
    await page.bringToFront();
    const chooser = page.waitForEvent("filechooser", { timeout: 5_000 });
    await page.keyboard.press("Enter");
    try {
      return await chooser;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

// Quality bar 23: real keys only (Tab, Shift+Tab, Enter, Space, arrows), from sign-in to remove.
test("the core journey works with the keyboard alone", async ({ page, emulator }) => {
  await page.goto("/");
  await pressUntilFocused(page, "Tab", page.getByRole("button", { name: "Sign in", exact: true }));
  await page.keyboard.press("Enter");
  const adele = page.getByRole("button", { name: /^Adele Vance\b/ });
  await expect(adele).toBeVisible();
  await pressUntilFocused(page, "Tab", adele);
  await page.keyboard.press("Enter");
  await expect(page.getByText(/^60 pools$/)).toBeVisible();

  const filter = page.getByRole("searchbox", { name: /filter by name/i });
  await pressUntilFocused(page, "Tab", filter);
  await page.keyboard.type("Contoso Mobile – Europe 5G");
  await expect(page.getByText(/^1 of 60 pools$/)).toBeVisible();

  // Tab from the filter into the grid (one tab stop), then arrow down to the pool's link.
  const grid = page.getByRole("grid", { name: "Activation code pools" });
  const link = grid.getByRole("link", { name: "Contoso Mobile – Europe 5G" });
  const focusIn = (locator: Locator) =>
    locator.evaluate((element) => element.contains(document.activeElement));
  for (let presses = 0; presses < 8 && !(await focusIn(grid)); presses++) {
    await page.keyboard.press("Tab");
  }
  for (let presses = 0; presses < 4 && !(await focusIn(link)); presses++) {
    await page.keyboard.press("ArrowDown");
  }
  await expect(link).toBeFocused();
  await page.keyboard.press("Enter");
  const heading = page.getByRole("heading", { level: 1, name: "Contoso Mobile – Europe 5G" });
  // Arriving on a page puts focus on its heading.
  await expect(heading).toBeFocused();

  // The pool opens on its overview; its Assignments section is a link away, and focus stays on it.
  const assignmentsLink = page
    .getByRole("navigation", { name: "Pool sections" })
    .getByRole("link", { name: "Assignments" });
  await pressUntilFocused(page, "Tab", assignmentsLink, 10);
  await page.keyboard.press("Enter");
  await expect(assignmentsLink).toHaveAttribute("aria-current", "page");
  await expect(assignmentsLink).toBeFocused();

  // Assign with nothing picked: the error is announced and focus goes to the picker.
  const assign = page.getByRole("button", { name: "Assign" });
  await pressUntilFocused(page, "Tab", assign, 60);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("alert")).toHaveText("Pick at least one group.");
  const picker = groupPicker(page);
  await expect(picker).toBeFocused();

  // Find a group by typing, pick it with the arrow keys.
  await page.keyboard.type("spare");
  await expect(page.getByRole("option", { name: /^Spare Devices/ })).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(pickedGroups(page).getByRole("option", { name: "Spare Devices" })).toBeVisible();
  await pressUntilFocused(page, "Tab", assign, 10);
  await page.keyboard.press("Space");
  await expect(createdBar(page)).toBeVisible();
  const assignments = await emulator.assignmentsOf(seedIds.poolWithAssignments);
  expect(
    assignments.map((assignment) =>
      "groupId" in assignment.target ? assignment.target.groupId : null,
    ),
  ).toContain(seedGroups.spareDevices.id);

  // Remove it again by keyboard: Shift+Tab back to its Remove button, confirm with Enter.
  const remove = page.getByRole("button", { name: "Remove Included group Spare Devices" });
  await pressUntilFocused(page, "Shift+Tab", remove, 60);
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Remove this assignment?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Remove" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Removed: Included group Spare Devices.")).toBeVisible();
  expect(await emulator.assignmentsOf(seedIds.poolWithAssignments)).toHaveLength(2);
});

// Fluent's grid keys in a list that renders only the rows in view.
test("the device list works with the keyboard alone", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "admin");
  await expect(page.getByRole("heading", { name: "Activation code pools" })).toBeVisible();
  await page.goto(`/pools/${seedIds.bigPool}/devices`);
  await expect(page.getByRole("status").filter({ hasText: /^50,000 devices$/ })).toBeVisible({
    timeout: 60_000,
  });

  const failed = page
    .getByRole("group", { name: "Filter by state" })
    .getByRole("button", { name: /^Failed/ });
  await pressUntilFocused(page, "Tab", failed);
  await page.keyboard.press("Space");
  await expect(failed).toHaveAttribute("aria-pressed", "true");

  // Into the grid (one tab stop), sort by device name from its header.
  const grid = page.getByRole("grid", { name: "Devices" });
  const header = grid.getByRole("columnheader", { name: "Device" });
  const sortButton = header.getByRole("button", { name: "Device" });
  const focusIn = (locator: Locator) =>
    locator.evaluate((element) => element.contains(document.activeElement));
  for (let presses = 0; presses < 20 && !(await focusIn(grid)); presses++) {
    await page.keyboard.press("Tab");
  }
  for (let presses = 0; presses < 8 && !(await isFocused(sortButton)); presses++) {
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowLeft");
  }
  await page.keyboard.press("Enter");
  await expect(header).toHaveAttribute("aria-sort", "ascending");
  await expect(page).toHaveURL(/sort=deviceName&order=asc/);

  // Arrow keys walk past the rows first rendered: the grid scrolls and renders the next ones.
  for (let presses = 0; presses < 30; presses++) {
    await page.keyboard.press("ArrowDown");
    // About the pace of a held-down key.
    await page.waitForTimeout(30);
  }
  const rowIndex = await page.evaluate(
    () => document.activeElement?.closest("[role=row]")?.getAttribute("aria-rowindex") ?? null,
  );
  expect(rowIndex).toBe("31");
});

test("creating a pool from a file and deleting it work with the keyboard alone", async ({
  page,
  emulator,
}, testInfo) => {
  // Chromium opens a file chooser only for the page in front; earlier tests opened popups.
  await page.bringToFront();
  await signIn(page, "admin");
  await expect(page.getByText(/^60 pools$/)).toBeVisible();
  await pressUntilFocused(page, "Tab", page.getByRole("button", { name: "New pool" }));
  await page.keyboard.press("Enter");
  const dialog = newPoolDialog(page);
  await pressUntilFocused(page, "Tab", dialog.getByRole("button", { name: "Choose file" }), 10);
  // Once the dialog has finished opening, as a person would see it before pressing a key.
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== "running"),
  );
  const file = writeCodeFile(testInfo, "keys.csv", ["keys.smdp.example", ...codeLines(2)]);
  await (await openFileChooserWithEnter(page)).setFiles(file);

  // Enter in the name field uploads, as in any form.
  const name = dialog.getByRole("textbox", { name: "Pool name" });
  await pressUntilFocused(page, "Tab", name, 20);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "keys" })).toBeVisible();

  await pressUntilFocused(page, "Tab", page.getByRole("button", { name: "Delete pool" }), 20);
  await page.keyboard.press("Enter");
  const deleteDialog = page.getByRole("dialog", { name: "Delete pool “keys”?" });
  const confirm = deleteDialog.getByRole("textbox", { name: /Type the pool name/ });
  await pressUntilFocused(page, "Tab", confirm, 10);
  await page.keyboard.type("keys");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Pool “keys” was deleted.")).toBeVisible();
  expect((await emulator.state()).pools).toHaveLength(60);
});
