import { seedGroups, seedIds } from "../src/mocks/seedData";
import { signInOrigin } from "../local/demo";
import { endAllSignIns, expect, signIn, test } from "./fixtures";
import { createdBar, openPool, pickGroup } from "./poolPage";
import { chooseCodeFile, codeLines, newPoolDialog, writeCodeFile } from "./codeFiles";
import { collectSecrets, collectVisitedUrls, scanForSecrets } from "./secretScan";

// Quality bar 18: no token or Authorization header value outside MSAL's own cache.

test("after a whole journey no token is in the console, a URL, storage outside MSAL, or the page", async ({
  page,
  context,
  emulator,
  browserLog,
}) => {
  const secrets = collectSecrets(context);
  const visitedUrls = collectVisitedUrls(context);

  await signIn(page, "admin");
  await openPool(page, seedIds.emptyPool);
  await pickGroup(page, "spare", seedGroups.spareDevices.displayName);
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(createdBar(page)).toBeVisible();

  await page.getByRole("button", { name: "Remove Included group Spare Devices" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Remove" }).click();
  await expect(page.getByText("Removed: Included group Spare Devices.")).toBeVisible();

  // Re-authenticate: the tokens are gone and so is the session, so the next write signs in again.
  await pickGroup(page, "pilot", seedGroups.pilotRing1.displayName);
  await page.evaluate(() => {
    for (const key of Object.keys(sessionStorage)) {
      if (key.toLowerCase().includes("accesstoken")) sessionStorage.removeItem(key);
    }
  });
  await endAllSignIns(page);
  const before = visitedUrls.length;
  await page.getByRole("button", { name: "Assign" }).click();
  await expect
    .poll(() => visitedUrls.slice(before).some((url) => url.startsWith(signInOrigin)))
    .toBe(true);
  await page.waitForURL((url) => url.pathname === `/pools/${seedIds.emptyPool}/assignments`);
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(createdBar(page)).toContainText(seedGroups.pilotRing1.displayName);
  expect(await emulator.assignmentsOf(seedIds.emptyPool)).toHaveLength(1);

  // The scan knows what it looks for: bearer tokens were sent, tokens were handed out.
  expect(secrets.size).toBeGreaterThan(3);
  const hits = await scanForSecrets({
    context,
    consoleLines: browserLog.lines(),
    visitedUrls,
    secrets,
  });
  expect(hits).toEqual([]);
});

test("the scan finds a token planted in each place it looks", async ({
  page,
  context,
  browserLog,
}) => {
  const secrets = collectSecrets(context);
  const visitedUrls = collectVisitedUrls(context);
  await signIn(page, "admin");
  await expect(page.getByText(/^60 pools$/)).toBeVisible();
  const [bearer] = [...secrets].filter((secret) => secret.startsWith("Bearer "));
  const token = bearer?.replace(/^Bearer /, "") ?? "";
  expect(token).toMatch(/^eyJ/);

  await page.evaluate((planted) => {
    console.info(`token ${planted}`);
    history.pushState(null, "", `${location.pathname}#at=${planted}`);
    history.pushState(null, "", location.pathname);
    sessionStorage.setItem("esim-admin.planted", planted);
    localStorage.setItem("planted", JSON.stringify({ planted }));
    const note = document.createElement("p");
    note.textContent = planted;
    document.body.append(note);
    return new Promise<void>((resolve, reject) => {
      const open = indexedDB.open("planted");
      open.onupgradeneeded = () => open.result.createObjectStore("kept");
      open.onsuccess = () => {
        const put = open.result
          .transaction("kept", "readwrite")
          .objectStore("kept")
          .put(planted, 1);
        put.onsuccess = () => {
          open.result.close();
          resolve();
        };
        put.onerror = () => reject(put.error);
      };
      open.onerror = () => reject(open.error);
    });
  }, token);
  // The Authorization header's value, planted on its own, is found by name too.
  await page.evaluate((header) => console.info(header), bearer ?? "");

  const hits = await scanForSecrets({
    context,
    consoleLines: browserLog.lines(),
    visitedUrls,
    secrets,
  });
  const places = new Set(hits.map(({ where }) => where.replace(/ .*/, "")));
  expect(places).toEqual(
    new Set([
      "console",
      "history",
      "URL",
      "sessionStorage[esim-admin.planted]",
      "localStorage[planted]",
      "IndexedDB",
      "HTML",
    ]),
  );
  expect(hits.filter(({ where }) => where === "console").length).toBeGreaterThanOrEqual(2);
});

test("after creating a pool from a file, no ICCID or matching id is in the console, a URL, storage or the page", async ({
  page,
  context,
  emulator,
  browserLog,
}, testInfo) => {
  const visitedUrls = collectVisitedUrls(context);
  const lines = codeLines(12, 500);
  const codes = new Set(lines.flatMap((line) => line.split(",")));
  await signIn(page, "admin");
  await page.getByRole("button", { name: "New pool" }).click();
  const dialog = newPoolDialog(page);
  const host = "woodgrove.smdp.example";
  await chooseCodeFile(page, dialog, writeCodeFile(testInfo, "codes.csv", [host, ...lines]));
  await dialog.getByRole("button", { name: "Upload 12 codes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "woodgrove" })).toBeVisible();
  const poolId = new URL(page.url()).pathname.split("/")[2] ?? "";
  expect(await emulator.activationCodesOf(poolId)).toHaveLength(12);

  const scan = () =>
    scanForSecrets({ context, consoleLines: browserLog.lines(), visitedUrls, secrets: codes });
  expect(await scan()).toEqual([]);

  // The scan knows the codes: one planted in storage is found.
  const [planted = ""] = lines;
  await page.evaluate((line) => sessionStorage.setItem("esim-admin.planted", line), planted);
  expect((await scan()).map(({ where }) => where)).toContain("sessionStorage[esim-admin.planted]");
});
