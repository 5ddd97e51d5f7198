import { screen, waitFor, within } from "@testing-library/react";
import { seedIds } from "../../mocks/seedData";
import { SMALL_POOL_STATE_COUNTS } from "../../mocks/seedDeviceStates";
import { setupTestGraph } from "../../mocks/testGraph";
import { renderPoolSection } from "../../test/render";
import { stateLabel } from "./deviceStateNames";

const testGraph = setupTestGraph();

/** State name → count, read from the overview's table. */
async function countsTable() {
  const table = await screen.findByRole("table", { name: "Devices by state" });
  return Object.fromEntries(
    within(table)
      .getAllByRole("row")
      .slice(1)
      .map((row) => {
        const [state, count] = within(row).getAllByRole("cell");
        return [state?.textContent ?? "", Number(count?.textContent?.replace(/\D/g, ""))];
      }),
  );
}

describe("DeviceSummary", () => {
  it("counts the devices per state, as many as Graph holds", async () => {
    renderPoolSection(testGraph, seedIds.smallPool);
    const expected = Object.fromEntries(
      Object.entries(SMALL_POOL_STATE_COUNTS).map(([state, count]) => [stateLabel(state), count]),
    );
    // The first test of the file also loads the section's code.
    await waitFor(async () => expect(await countsTable()).toEqual(expected), { timeout: 5_000 });
  });

  it("says how many codes are in use and left, and why Not synced does not count", async () => {
    const pool = testGraph.store.getPool(seedIds.smallPool);
    const total = pool?.activationCodeCount ?? 0;
    renderPoolSection(testGraph, seedIds.smallPool);
    // 12 devices, one of them not synced.
    const text = `11 of ${total.toLocaleString()} codes in use, ${(total - 11).toLocaleString()} left.`;
    expect(await screen.findByText(text)).toBeVisible();
    expect(screen.getByText(/Only devices that are not synced yet hold none/)).toBeVisible();
  });

  it("links the failed and error devices to the list filtered to them", async () => {
    renderPoolSection(testGraph, seedIds.smallPool);
    expect(await screen.findByText("2 failed, 1 with an error")).toBeVisible();
    const link = screen.getByRole("link", { name: "See the failed and error devices, and why" });
    expect(link).toHaveAttribute(
      "href",
      `/pools/${seedIds.smallPool}/devices?status=failed&status=error`,
    );
  });

  it("warns when fewer than 10% of the codes are left", async () => {
    const poolId = seedIds.smallPool;
    testGraph.store.seed({
      pools: [
        {
          id: poolId,
          displayName: "Nearly full",
          activationCodeCount: 100,
          deviceStates: [
            ...Array.from({ length: 91 }, () => ({ state: "installed" })),
            { state: "notEvaluated" },
          ],
        },
      ],
    });
    renderPoolSection(testGraph, poolId);
    expect(await screen.findByText("91 of 100 codes in use, 9 left.")).toBeVisible();
    expect(screen.getByText("This pool is running low")).toBeVisible();
    expect(screen.getByText(/Only 9 codes left, under 10% of the pool/)).toBeVisible();
  });

  it("does not warn at 10% left", async () => {
    const poolId = seedIds.smallPool;
    testGraph.store.seed({
      pools: [
        {
          id: poolId,
          displayName: "Fine",
          activationCodeCount: 100,
          deviceStates: Array.from({ length: 90 }, () => ({ state: "failed" })),
        },
      ],
    });
    renderPoolSection(testGraph, poolId);
    expect(await screen.findByText("90 of 100 codes in use, 10 left.")).toBeVisible();
    expect(screen.queryByText("This pool is running low")).not.toBeInTheDocument();
  });

  it("says why a pool without devices shows no chart", async () => {
    renderPoolSection(testGraph, seedIds.emptyPool);
    expect(
      await screen.findByRole("heading", { name: "No device has checked in for this pool yet" }),
    ).toBeVisible();
    expect(screen.queryByRole("table", { name: "Devices by state" })).not.toBeInTheDocument();
  });
});
