import type { Page, Request } from "@playwright/test";
import { seedGroups, seedIds } from "../src/mocks/seedData";
import { expect, test, type EmulatorControl } from "./fixtures";
import { expectOneCreated, openEmptyPoolAsAdmin, pickGroup } from "./poolPage";

// Quality bar 4: a create whose answer is lost is never replayed blindly; the app re-reads.
const emptyPoolAssignments = `/embeddedSIMActivationCodePools/${seedIds.emptyPool}/assignments`;

/** Ways the answer to a stored create gets lost, and how that POST then looks to the browser. */
const lostAnswers: {
  how: string;
  loseAnswer: (page: Page, emulator: EmulatorControl) => Promise<void>;
  seenByBrowser: string[];
}[] = [
  {
    how: "Graph stores it and then answers 504",
    loseAnswer: (_, emulator) =>
      emulator.fault({
        method: "POST",
        path: emptyPoolAssignments,
        status: 504,
        afterHandler: true,
      }),
    seenByBrowser: ["504"],
  },
  {
    how: "Graph stores it and then the connection drops",
    loseAnswer: (_, emulator) =>
      emulator.fault({
        method: "POST",
        path: emptyPoolAssignments,
        drop: true,
        afterHandler: true,
      }),
    // The status line and headers arrive, then the body is cut off.
    seenByBrowser: ["200", "failed"],
  },
];

for (const { how, loseAnswer, seenByBrowser } of lostAnswers) {
  test(`when ${how}, the app re-reads instead of posting again and shows it as created`, async ({
    page,
    emulator,
  }) => {
    await openEmptyPoolAsAdmin(page);
    await loseAnswer(page, emulator);
    const isCreate = (request: Request) =>
      request.method() === "POST" && request.url().endsWith(emptyPoolAssignments);
    const createAnswers: string[] = [];
    page.on("response", (response) => {
      if (isCreate(response.request())) createAnswers.push(String(response.status()));
    });
    page.on("requestfailed", (request) => {
      if (isCreate(request)) createAnswers.push("failed");
    });

    await pickGroup(page, "spare", seedGroups.spareDevices.displayName);
    await page.getByRole("button", { name: "Assign" }).click();

    await expectOneCreated(page, emulator, seedIds.emptyPool, seedGroups.spareDevices);
    await expect(page.getByRole("group", { name: /may or may not/ })).toHaveCount(0);
    // One POST: what the browser saw of its one answer, nothing replayed.
    expect(createAnswers).toEqual(seenByBrowser);
    expect(await emulator.pendingFaults()).toEqual([]);
  });
}
