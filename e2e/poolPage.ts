import type { Page } from "@playwright/test";
import { createSeedData } from "../src/mocks/seedData";
import { expect, type EmulatorControl } from "./fixtures";

const seed = createSeedData();
export const poolName = (id: string) =>
  seed.pools.find((pool) => pool.id === id)?.displayName ?? id;

/** From the pools list, the way an admin finds a pool: filter by its name, open its link. */
export async function openPool(page: Page, poolId: string) {
  const name = poolName(poolId);
  await page.getByRole("searchbox", { name: /filter by name/i }).fill(name);
  await expect(page.getByText(/^1 of 60 pools$/)).toBeVisible();
  await page.getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
export const assignmentList = (page: Page) =>
  page.getByRole("list", { name: "Current assignments" });
export const createdBar = (page: Page) => page.getByRole("group", { name: "Assignment created" });
export const notCreatedBar = (page: Page) =>
  page.getByRole("group", { name: "The assignment was not created" });

/**
 * Graph now holds exactly one assignment on the pool, and the page shows it as created, with
 * the id Graph gave it, and lists it.
 */
export async function expectOneCreated(
  page: Page,
  emulator: EmulatorControl,
  poolId: string,
  targetInWords: string,
) {
  await expect(createdBar(page)).toBeVisible();
  const assignments = await emulator.assignmentsOf(poolId);
  expect(assignments).toHaveLength(1);
  const assignmentId = assignments[0]?.id ?? "missing";
  await expect(createdBar(page)).toContainText(`${targetInWords}, assignment id ${assignmentId}`);
  await expect(assignmentList(page)).toContainText(targetInWords);
}
