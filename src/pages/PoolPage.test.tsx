import { screen, waitFor, within } from "@testing-library/react";
import { seedIds } from "../mocks/seedData";
import { setupTestGraph } from "../mocks/testGraph";
import { createTestClient, recordGraphRequests, renderWithProviders } from "../test/render";

const testGraph = setupTestGraph();

function renderPool(poolId: string) {
  return renderWithProviders(null, {
    client: createTestClient(testGraph),
    route: `/pools/${poolId}`,
  });
}

const assignmentList = () => screen.findByRole("list", { name: "Current assignments" });

describe("PoolPage", () => {
  it("shows the pool's properties and its assignments in words", async () => {
    const pool = testGraph.store.getPool(seedIds.poolWithAssignments);
    renderPool(seedIds.poolWithAssignments);

    expect(await screen.findByRole("heading", { level: 1, name: pool?.displayName })).toBeVisible();
    expect(screen.getByText(seedIds.poolWithAssignments)).toBeInTheDocument();
    const items = within(await assignmentList()).getAllByRole("listitem");
    expect(items.map((item) => item.firstChild?.textContent)).toEqual([
      `Included group ${seedIds.includedGroup}`,
      `Excluded group ${seedIds.excludedGroup}`,
    ]);
  });

  it("says when a pool is not assigned yet", async () => {
    renderPool(seedIds.emptyPool);
    expect(await screen.findByRole("heading", { name: "Not assigned yet" })).toBeVisible();
  });

  it("adds a new assignment to the list without reading the list again after posting", async () => {
    const { user } = renderPool(seedIds.poolWithAllDevices);
    expect(within(await assignmentList()).getByText("All devices")).toBeInTheDocument();
    const recorder = recordGraphRequests(testGraph);

    await user.type(
      screen.getByRole("textbox", { name: /group object id/i }),
      seedIds.unassignedGroup,
    );
    await user.click(screen.getByRole("button", { name: "Assign" }));

    await screen.findByRole("group", { name: "Assignment created" });
    const list = await assignmentList();
    expect(within(list).getByText(`Included group ${seedIds.unassignedGroup}`)).toBeVisible();
    // The one read is the re-read before writing.
    expect(recorder.requests.map(({ method }) => method)).toEqual(["GET", "POST"]);
  });

  it("refuses all devices again on a pool that already targets all devices", async () => {
    const { user } = renderPool(seedIds.poolWithAllDevices);
    await assignmentList();
    const allDevices = screen.getByRole("radio", { name: "All devices" });
    await user.click(allDevices);
    await user.click(screen.getByRole("button", { name: "Assign" }));

    expect(await screen.findByRole("alert")).toHaveTextContent(/already assigned/);
    expect(allDevices).toHaveFocus();
  });

  it("shows a failed assignment read with Try again, and will not assign meanwhile", async () => {
    testGraph.faults.add({ method: "GET", path: "/assignments", status: 500, times: 5 });
    const recorder = recordGraphRequests(testGraph);
    const { user } = renderPool(seedIds.poolWithAssignments);
    const bar = await screen.findByRole("group", { name: "The assignments could not be loaded" });

    await user.type(
      screen.getByRole("textbox", { name: /group object id/i }),
      seedIds.unassignedGroup,
    );
    await user.click(screen.getByRole("button", { name: "Assign" }));
    expect(screen.getByText(/duplicates cannot be checked/)).toBeVisible();
    expect(recorder.count("POST", "/assignments")).toBe(0);

    testGraph.faults.clear();
    await user.click(within(bar).getByRole("button", { name: "Try again" }));
    expect(await assignmentList()).toBeVisible();
  });

  it("shows other read errors with Try again", async () => {
    testGraph.faults.add({ method: "GET", path: seedIds.emptyPool, status: 400, times: 2 });
    const { user } = renderPool(seedIds.emptyPool);
    const bar = await screen.findByRole("group", { name: "The pool could not be loaded" });
    await waitFor(() => expect(testGraph.faults.pending()).toHaveLength(0));

    await user.click(within(bar).getByRole("button", { name: "Try again" }));
    const pool = testGraph.store.getPool(seedIds.emptyPool);
    expect(await screen.findByRole("heading", { level: 1, name: pool?.displayName })).toBeVisible();
  });
});
