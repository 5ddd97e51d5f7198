import type { Page } from "@playwright/test";
import { expect, signIn, test } from "./fixtures";
import { isPoolsList, poolsPath } from "./poolPage";

// Quality bar 10: continuous access evaluation. Graph challenges only a client that declared CP1.

/** The status of every answer to a pools list read, in order. */
function recordListAnswers(page: Page): number[] {
  const statuses: number[] = [];
  page.on("response", (response) => {
    if (isPoolsList(response.request())) {
      statuses.push(response.status());
    }
  });
  return statuses;
}

test("a claims challenge leads to one token request with those claims and one retry", async ({
  page,
  emulator,
  signInServer,
}) => {
  await emulator.fault({ method: "GET", path: poolsPath, claimsChallenge: true });
  const answers = recordListAnswers(page);
  await signIn(page, "admin");

  await expect(page.getByText(/^60 pools$/)).toBeVisible();
  // The challenge went out: the app's token declared CP1.
  expect(await emulator.pendingFaults()).toEqual([]);
  expect(answers.slice(0, 2)).toEqual([401, 200]);
  const asked = (await signInServer.tokenRequests()).filter(({ claims }) => claims !== null);
  expect(asked).toEqual([
    {
      grantType: "refresh_token",
      user: "admin",
      clientCapabilities: ["CP1"],
      claims: { nbf: { essential: true, value: expect.stringMatching(/^\d+$/) } },
      status: 200,
    },
  ]);
});

test("a second challenge after the fresh token is a clear error, not a loop", async ({
  page,
  emulator,
  signInServer,
}) => {
  await emulator.fault({ method: "GET", path: poolsPath, claimsChallenge: true, times: 3 });
  const answers = recordListAnswers(page);
  await signIn(page, "admin");

  const bar = page.getByRole("group", { name: "The pools could not be loaded" });
  await expect(bar).toContainText(/still asks for more sign-in proof/);
  expect(answers).toEqual([401, 401]);
  expect(await emulator.pendingFaults()).toMatchObject([{ claimsChallenge: true, times: 1 }]);
  const asked = (await signInServer.tokenRequests()).filter(({ claims }) => claims !== null);
  expect(asked).toHaveLength(1);
});
