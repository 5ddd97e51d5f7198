import type { Page, Request } from "@playwright/test";
import { createSeedData, seedIds } from "../src/mocks/seedData";
import { expect, signIn, type EmulatorControl } from "./fixtures";

const seed = createSeedData();
export const poolName = (id: string) =>
  seed.pools.find((pool) => pool.id === id)?.displayName ?? id;

export type PoolSection = "Overview" | "Assignments" | "Devices";

/**
 * From the pools list, the way an admin finds a pool: filter by its name, open its link, then
 * the section (Assignments unless given).
 */
export async function openPool(page: Page, poolId: string, section: PoolSection = "Assignments") {
  const name = poolName(poolId);
  await page.getByRole("searchbox", { name: /filter by name/i }).fill(name);
  await expect(page.getByText(/^1 of 60 pools$/)).toBeVisible();
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await openSection(page, section);
}

/** One of the pool page's sections, from its navigation. */
export async function openSection(page: Page, section: PoolSection) {
  const link = page.getByRole("navigation", { name: "Pool sections" }).getByRole("link", {
    name: section,
  });
  await link.click();
  await expect(link).toHaveAttribute("aria-current", "page");
}

/** Adele signs in and opens the pool that has no assignments, once its empty list has loaded. */
export async function openEmptyPoolAsAdmin(page: Page) {
  await signIn(page, "admin");
  await openPool(page, seedIds.emptyPool);
  await expect(page.getByRole("heading", { name: "Not assigned yet" })).toBeVisible();
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
export const assignmentTable = (page: Page) =>
  page.getByRole("table", { name: "Current assignments" });
/** The picker's input, named after the kind of target chosen. */
export const groupPicker = (page: Page) =>
  page.getByRole("combobox", { name: /^Groups to (include|exclude)$/ });

/** Types part of a group's name into the picker, as an admin would, and picks it. */
export async function pickGroup(page: Page, typed: string, displayName: string) {
  await groupPicker(page).click();
  await page.keyboard.type(typed);
  await page.getByRole("option", { name: new RegExp(`^${escapeRegExp(displayName)}`) }).click();
  await expect(pickedGroups(page).getByRole("option", { name: displayName })).toBeVisible();
}

/** The picked groups, shown as tags in the picker. */
export const pickedGroups = (page: Page) => page.getByRole("listbox", { name: "Picked groups" });
export const createdBar = (page: Page) => page.getByRole("group", { name: "Assignment created" });
export const notCreatedBar = (page: Page) =>
  page.getByRole("group", { name: "The assignment was not created" });

/**
 * Graph now holds exactly one assignment on the pool, for this group, and the page shows it as
 * created, with the id Graph gave it, and lists it by the group's name.
 */
export async function expectOneCreated(
  page: Page,
  emulator: EmulatorControl,
  poolId: string,
  group: { id: string; displayName: string },
) {
  await expect(createdBar(page)).toBeVisible();
  const assignments = await emulator.assignmentsOf(poolId);
  expect(assignments.map(({ target }) => ("groupId" in target ? target.groupId : null))).toEqual([
    group.id,
  ]);
  const assignmentId = assignments[0]?.id ?? "missing";
  await expect(createdBar(page)).toContainText(
    `Included group ${group.displayName}, assignment id ${assignmentId}`,
  );
  await expect(
    assignmentTable(page).getByRole("row", { name: new RegExp(escapeRegExp(group.displayName)) }),
  ).toContainText(assignmentId);
}

/** The pool page's code: a hashed chunk in the build, the module itself on Vite's dev server. */
export const poolPageCode = /\/(assets\/PoolPage-[\w-]+\.js|src\/pages\/PoolPage\.tsx)(\?|$)/;

/** Graph's path of the pool collection, as faults and request filters name it. */
export const poolsPath = "/deviceManagement/embeddedSIMActivationCodePools";

/** A read of the pools list (any of its pages). */
export const isPoolsList = (request: Request) =>
  request.method() === "GET" && new URL(request.url()).pathname.endsWith(poolsPath);
