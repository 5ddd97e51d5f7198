import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import Papa from "papaparse";
import { seedIds } from "../src/mocks/seedData";
import { stateLabel } from "../src/features/devices/deviceStateNames";
import { ODD_DEVICE_NAMES } from "../src/mocks/seedDeviceContent";
import { docsScreenshot } from "./docsScreenshot";
import { expect, signIn, test } from "./fixtures";
import { escapeRegExp, poolName } from "./poolPage";

const devicesPage = (poolId: string, query = "") => `/pools/${poolId}/devices${query}`;
const grid = (page: Page) => page.getByRole("grid", { name: "Devices" });
const countLine = (page: Page) => page.getByRole("status").filter({ hasText: /devices?$/ });
const chip = (page: Page, label: string) =>
  page
    .getByRole("group", { name: "Filter by state" })
    .getByRole("button", { name: new RegExp(`^${escapeRegExp(label)} [\\d,]+$`) });
const allLoaded = async (page: Page) =>
  expect(countLine(page)).toHaveText(/^(50,000 devices|[\d,]+ of 50,000 devices)$/, {
    timeout: 60_000,
  });
/** The device name of each row on screen (the grid renders only the rows in view). */
const shownNames = (page: Page) =>
  grid(page)
    .getByRole("row")
    .filter({ has: page.getByRole("gridcell") })
    .evaluateAll((rows) => rows.map((row) => row.querySelector("[role=gridcell]")?.textContent));
const number = (value: number) => value.toLocaleString("en-US");

/** Signed in (the sign-in's redirect fully handled), then straight to a deep link. */
async function signInThenOpen(page: Page, who: "admin" | "reader", path: string) {
  await signIn(page, who);
  await expect(
    page.getByRole("heading", { level: 1, name: "Activation code pools" }),
  ).toBeVisible();
  await page.goto(path);
}

async function openDevices(page: Page, poolId: string, query = "") {
  await signInThenOpen(page, "admin", devicesPage(poolId, query));
  await expect(devicesPage(poolId, query));
  await expect(page.getByRole("heading", { level: 1, name: poolName(poolId) })).toBeVisible();
}

/** Downloads the export and reads it as CSV; the BOM stays on the first cell's text. */
async function exportCsv(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export CSV" }).click(),
  ]);
  const bytes = await readFile(await download.path());
  const text = bytes.toString("utf8");
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
  return { fileName: download.suggestedFilename(), text, rows };
}

// Each of these reads 50,000 devices, some of them twice.
test.describe.configure({ timeout: 90_000 });

test("the big pool's first rows show while later pages are still loading", async ({
  page,
  emulator,
}) => {
  // Page 3 answers late, so the list is caught mid-way.
  await emulator.fault({ method: "GET", path: "/deviceStates", delayMs: 4_000, pass: 2 });
  await openDevices(page, seedIds.bigPool);

  await expect(page.getByText("1,000 devices loaded…")).toBeVisible();
  await expect(grid(page).getByRole("row").nth(1)).toBeVisible();
  expect((await shownNames(page)).length).toBeGreaterThan(5);
  await allLoaded(page);
  await expect(page.getByText(/devices loaded…/)).toHaveCount(0);
});

test("Failed shows exactly the devices Graph holds as failed, and stays in the URL", async ({
  page,
  emulator,
}) => {
  const { byState } = await emulator.deviceStateCounts(seedIds.bigPool);
  const failed = byState.failed ?? 0;
  await openDevices(page, seedIds.bigPool);
  await allLoaded(page);
  await expect(chip(page, "Failed")).toHaveText(`Failed ${number(failed)}`);

  await chip(page, "Failed").click();
  await expect(countLine(page)).toHaveText(`${number(failed)} of 50,000 devices`);
  await expect(grid(page)).toHaveAttribute("aria-rowcount", String(failed));
  await docsScreenshot(page, "devices-failed");
  await expect(page).toHaveURL(/\?status=failed$/);
  await expect(grid(page).getByRole("gridcell", { name: "Active" })).toHaveCount(0);

  await page.reload();
  await allLoaded(page);
  await expect(chip(page, "Failed")).toHaveAttribute("aria-pressed", "true");
  await expect(countLine(page)).toHaveText(`${number(failed)} of 50,000 devices`);

  await page.goBack();
  await expect(page).toHaveURL(/\/devices$/);
  await expect(countLine(page)).toHaveText("50,000 devices");
  await page.goForward();
  await expect(countLine(page)).toHaveText(`${number(failed)} of 50,000 devices`);
});

test("a search finds one device among 50,000", async ({ page }) => {
  await openDevices(page, seedIds.bigPool);
  await allLoaded(page);
  await page
    .getByRole("searchbox", { name: "Search by device or user" })
    .fill(ODD_DEVICE_NAMES.quotes);
  await expect(countLine(page)).toHaveText("1 of 50,000 devices");
  expect(await shownNames(page)).toEqual([ODD_DEVICE_NAMES.quotes]);
  await expect(page).toHaveURL(/q=The\+%22Boss%22\+Phone/);
});

test("the export holds exactly the rows shown, with formula cells neutralised", async ({
  page,
}) => {
  await openDevices(page, seedIds.smallPool, "?sort=deviceName&order=asc");
  await expect(countLine(page)).toHaveText("12 devices");
  const shown = await shownNames(page);

  const { fileName, text, rows } = await exportCsv(page);
  const today = new Date();
  const date = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, "0")}-${String(today.getDate()).padStart(2, "0")}`;
  expect(fileName).toBe(`${poolName(seedIds.smallPool)} devices ${date}.csv`);
  expect(text.startsWith("\uFEFFDevice name,User,State,State details,")).toBe(true);
  expect(text).toContain("\r\n");
  expect(rows[0]).toEqual([
    "Device name",
    "User",
    "State",
    "State details",
    "Last check-in (UTC)",
    "Hardware UICCID",
  ]);
  const names = rows.slice(1).map(([name]) => name);
  expect(names).toEqual(shown.map((name) => (name && /^[=+\-@]/.test(name) ? `'${name}` : name)));
  expect(names).toContain(`'${ODD_DEVICE_NAMES.formula}`);
  expect(names).toContain(ODD_DEVICE_NAMES.comma);
  expect(names).toContain(ODD_DEVICE_NAMES.quotes);
});

test("the export of a filtered view of 50,000 devices holds that view only", async ({
  page,
  emulator,
}) => {
  const { byState } = await emulator.deviceStateCounts(seedIds.bigPool);
  await openDevices(page, seedIds.bigPool, "?status=error&status=failed");
  await allLoaded(page);
  const { rows } = await exportCsv(page);
  const body = rows.slice(1);
  expect(body).toHaveLength((byState.failed ?? 0) + (byState.error ?? 0));
  expect(new Set(body.map(([, , state]) => state))).toEqual(new Set(["Failed", "Error"]));
});

test("the overview's numbers match what Graph holds", async ({ page, emulator }) => {
  const { total, byState } = await emulator.deviceStateCounts(seedIds.bigPool);
  await signInThenOpen(page, "admin", `/pools/${seedIds.bigPool}`);
  const inUse = total - (byState.notEvaluated ?? 0);
  await expect(
    page.getByText(`${number(inUse)} of 52,000 codes in use, ${number(52_000 - inUse)} left.`),
  ).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText("This pool is running low")).toBeVisible();
  await docsScreenshot(page, "pool-overview", true);

  const table = page.getByRole("table", { name: "Devices by state" });
  const shown = await table.getByRole("row").evaluateAll((rows) =>
    rows.slice(1).map((row) => {
      const [state, count] = [...row.querySelectorAll("td")].map((cell) => cell.textContent ?? "");
      return [state, Number(count?.replace(/\D/g, ""))] as const;
    }),
  );
  expect(Object.fromEntries(shown)).toEqual(
    Object.fromEntries(Object.entries(byState).map(([state, n]) => [stateLabel(state), n])),
  );

  await page.getByRole("link", { name: "See the failed and error devices, and why" }).click();
  await expect(page).toHaveURL(/\/devices\?status=failed&status=error$/);
  await allLoaded(page);
  await expect(countLine(page)).toHaveText(
    `${number((byState.failed ?? 0) + (byState.error ?? 0))} of 50,000 devices`,
  );
});

test("a failed third page keeps the first two, and Try again continues from it", async ({
  page,
  emulator,
}) => {
  // Pages of 2,000: fewer renders for the development build, the same paging.
  await emulator.setDeviceStatePageSize(2_000);
  await emulator.fault({ method: "GET", path: "/deviceStates", status: 500, pass: 2 });
  const pages: (string | null)[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (request.method() === "GET" && url.pathname.endsWith("/deviceStates")) {
      pages.push(url.searchParams.get("$skiptoken"));
    }
  });
  await openDevices(page, seedIds.bigPool);

  const bar = page.getByRole("group", { name: "Not every device could be loaded" });
  await expect(bar).toContainText("4,000 devices loaded; the rest are missing");
  await expect(bar).toContainText(/Request id\s*[0-9a-f-]{36}/);
  await expect(countLine(page)).toHaveText("4,000 devices");

  await bar.getByRole("button", { name: "Try again" }).click();
  await allLoaded(page);
  expect(pages.filter((token) => token === null)).toHaveLength(1);
  expect(pages[2]).toBe(pages[3]);
  // 25 pages, the third read twice.
  expect(pages).toHaveLength(26);
});

test("a pool without devices says why", async ({ page }) => {
  await openDevices(page, seedIds.emptyPool);
  await expect(
    page.getByRole("heading", { name: "No device has checked in for this pool yet" }),
  ).toBeVisible();
  await page.getByRole("link", { name: "Overview" }).click();
  await expect(
    page.getByRole("heading", { name: "No device has checked in for this pool yet" }),
  ).toBeVisible();
});

test("the read-only admin reads every device state", async ({ page }) => {
  await signInThenOpen(page, "reader", devicesPage(seedIds.smallPool));
  await expect(countLine(page)).toHaveText("12 devices");
  await expect(grid(page).getByText("unknownFutureValue")).toBeVisible();
});
