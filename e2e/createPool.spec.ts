import type { Page } from "@playwright/test";
import { iccidFailingLuhn, validIccid } from "../src/features/pools/create/codeFileTestSupport";
import { expect, signIn, test } from "./fixtures";
import {
  chooseCodeFile,
  codeLine,
  codeLines,
  expectedCodes,
  newPoolDialog,
  writeCodeFile,
} from "./codeFiles";
import { poolsPath } from "./poolPage";

// Quality bar 14 and 15, through the browser: the file is checked before anything is sent.
const HOST = "northwind.smdp.example";

function countPoolPosts(page: Page) {
  let posts = 0;
  page.on("request", (request) => {
    if (request.method() === "POST" && new URL(request.url()).pathname.endsWith(poolsPath)) posts++;
  });
  return () => posts;
}

async function openNewPool(page: Page) {
  await expect(page.getByText(/^60 pools$/)).toBeVisible();
  await page.getByRole("button", { name: "New pool" }).click();
  const dialog = newPoolDialog(page);
  await expect(dialog).toBeVisible();
  return dialog;
}

test("a file with problems lists each bad line and sends nothing; the corrected file creates the pool with exactly its codes", async ({
  page,
  emulator,
}, testInfo) => {
  const posts = countPoolPosts(page);
  await signIn(page, "admin");
  const dialog = await openNewPool(page);

  const file = writeCodeFile(testInfo, "northwind.csv", [
    `https://${HOST}:443`,
    codeLine(0),
    "8.90141E+19,E2E-X-Q7ZK",
    `${validIccid(2).slice(0, 18)},E2E-2-Q7ZK`,
    codeLine(0),
    `${validIccid(4)},E2E 4`,
    `${codeLine(5)},`,
  ]);
  await chooseCodeFile(page, dialog, file);
  const problems = dialog.getByRole("table", { name: "Problems in northwind.csv" });
  const lineCells = problems.getByRole("row").locator("td:first-child");
  await expect(lineCells).toHaveText(["1", "3", "4", "5", "5", "6", "7"]);
  await expect(problems).toContainText("it has a scheme (https://) and a port");
  await expect(problems).toContainText("A spreadsheet turned this ICCID into a number");
  await expect(problems).toContainText("The ICCID has 18 digits");
  await expect(problems).toContainText("The ICCID is also on line 2.");
  await expect(dialog.getByText("7 problems in the file")).toBeVisible();
  await expect(dialog.getByRole("button", { name: /^Upload/ })).toHaveCount(0);

  // The admin fixes the file and chooses it again, under the same name.
  const lines = codeLines(25);
  writeCodeFile(testInfo, "northwind.csv", [HOST, ...lines, ""]);
  await chooseCodeFile(page, dialog, file);
  await expect(problems).toHaveCount(0);
  await expect(dialog.getByText(HOST, { exact: true })).toBeVisible();
  await expect(dialog.getByLabel("Pool name")).toHaveValue("northwind");
  await expect(dialog).not.toContainText(validIccid(0));
  expect(posts()).toBe(0);

  await dialog.getByRole("button", { name: "Upload 25 codes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "northwind" })).toBeVisible();
  const poolId = new URL(page.url()).pathname.split("/")[2] ?? "";
  expect(await emulator.activationCodesOf(poolId)).toEqual(expectedCodes(HOST, lines));
  expect(posts()).toBe(1);

  await page.getByRole("link", { name: "Back to pools" }).click();
  const row = page
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: "northwind", exact: true }) });
  await expect(row.getByRole("gridcell", { name: "25", exact: true })).toBeVisible();
  await expect(page.getByText(/^61 pools$/)).toBeVisible();
});

test("an ICCID failing its check digit needs the admin's confirmation", async ({
  page,
  emulator,
}, testInfo) => {
  const posts = countPoolPosts(page);
  await signIn(page, "admin");
  const dialog = await openNewPool(page);
  const doubtful = `${iccidFailingLuhn(7)},E2E-7-Q7ZK`;
  const file = writeCodeFile(testInfo, "luhn.txt", [HOST, codeLine(6), doubtful]);
  await chooseCodeFile(page, dialog, file);

  await expect(dialog.getByText("1 ICCID fails its check digit")).toBeVisible();
  await expect(
    dialog.getByRole("table", { name: "Check digits to confirm in luhn.txt" }).getByRole("row"),
  ).toHaveCount(2);
  await dialog.getByRole("button", { name: "Upload 2 codes" }).click();
  await expect(dialog.getByText("Confirm that you have checked them.")).toBeVisible();
  expect(posts()).toBe(0);

  await dialog
    .getByRole("checkbox", { name: "I have checked these codes with the operator" })
    .check();
  await dialog.getByRole("button", { name: "Upload 2 codes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "northwind" })).toBeVisible();
  const poolId = new URL(page.url()).pathname.split("/")[2] ?? "";
  expect(await emulator.activationCodesOf(poolId)).toEqual(
    expectedCodes(HOST, [codeLine(6), doubtful]),
  );
});

test("a second file for the same provider is flagged before upload, and Graph's refusal is explained", async ({
  page,
  emulator,
}, testInfo) => {
  await signIn(page, "admin");
  let dialog = await openNewPool(page);
  await chooseCodeFile(page, dialog, writeCodeFile(testInfo, "first.csv", [HOST, ...codeLines(3)]));
  await dialog.getByRole("button", { name: "Upload 3 codes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "northwind" })).toBeVisible();
  const firstId = new URL(page.url()).pathname.split("/")[2] ?? "";

  await page.getByRole("link", { name: "Back to pools" }).click();
  await expect(page.getByText(/^61 pools$/)).toBeVisible();
  await page.getByRole("button", { name: "New pool" }).click();
  dialog = newPoolDialog(page);
  const second = writeCodeFile(testInfo, "more.csv", [HOST, ...codeLines(2, 100)]);
  await chooseCodeFile(page, dialog, second);
  await expect(dialog.getByText(`A pool for ${HOST} probably exists`)).toBeVisible();
  await expect(dialog.getByRole("link", { name: "northwind" })).toHaveAttribute(
    "href",
    `/pools/${firstId}`,
  );

  await dialog.getByRole("button", { name: "Upload 2 codes" }).click();
  await expect(dialog.getByText("The pool was not created")).toBeVisible();
  await expect(dialog).toContainText(`If a pool for ${HOST} exists, delete it and upload`);
  await expect(dialog).toContainText(/Request id/);
  await expect(dialog.getByRole("button", { name: "Upload 2 codes" })).toBeVisible();
  const pools = (await emulator.state()).pools.filter(
    ({ displayName }) => displayName === "northwind",
  );
  expect(pools).toHaveLength(1);
  expect(await emulator.activationCodesOf(firstId)).toHaveLength(3);
});

test("the read-only user cannot create a pool: the permission sentence, and Graph unchanged", async ({
  page,
  emulator,
}, testInfo) => {
  await signIn(page, "reader");
  const dialog = await openNewPool(page);
  await chooseCodeFile(
    page,
    dialog,
    writeCodeFile(testInfo, "reader.csv", [HOST, ...codeLines(2)]),
  );
  await dialog.getByRole("button", { name: "Upload 2 codes" }).click();
  await expect(dialog).toContainText("You are not allowed to make this change");
  expect((await emulator.state()).pools).toHaveLength(60);
});
