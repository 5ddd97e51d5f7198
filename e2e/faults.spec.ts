import { expect, signIn, test } from "./fixtures";
import { graphOrigin } from "../local/demo";

const poolsPath = "/deviceManagement/embeddedSIMActivationCodePools";

test("a throttled list read is retried after Retry-After, with a notice, and then appears", async ({
  page,
  emulator,
}) => {
  await emulator.fault({ method: "GET", path: poolsPath, status: 429, retryAfter: "1", times: 2 });
  await signIn(page, "admin");

  await expect(
    page.getByText(/Microsoft Graph is throttling requests; retrying in 1 s/).first(),
  ).toBeVisible();
  await expect(page.getByText(/^60 pools$/)).toBeVisible();
  const left = await (await page.request.get(`${graphOrigin}/_control/faults`)).json();
  expect(left).toEqual([]);
});

test("a list read that keeps failing stops at the retry cap and offers Try again", async ({
  page,
  emulator,
}) => {
  await emulator.fault({ method: "GET", path: poolsPath, status: 503, times: 20 });
  await signIn(page, "admin");

  await expect(page.getByText("The pools could not be loaded")).toBeVisible({ timeout: 20_000 });
  const facts = page.getByRole("definition");
  await expect(facts.filter({ hasText: /^503$/ })).toBeVisible();
  await expect(facts.filter({ hasText: /^ServiceUnavailable$/ })).toBeVisible();
  await expect(facts.filter({ hasText: /^[0-9a-f-]{36}$/ }).first()).toBeVisible();

  // One request and three retries: the cap held, 16 injected failures are still waiting.
  const [rule] = (await (await page.request.get(`${graphOrigin}/_control/faults`)).json()) as {
    times: number;
  }[];
  expect(rule?.times).toBe(16);

  await page.request.delete(`${graphOrigin}/_control/faults`);
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByText(/^60 pools$/)).toBeVisible();
  await expect(page.getByText("The pools could not be loaded")).toBeHidden();
});
