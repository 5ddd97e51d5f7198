import { screen, waitFor, within } from "@testing-library/react";
import { seedGroups, seedIds } from "../mocks/seedData";
import { setupTestGraph } from "../mocks/testGraph";
import type { GroupAccess } from "../groups";
import {
  createTestClient,
  recordGraphRequests,
  renderPoolPage,
  renderWithProviders,
} from "../test/render";

const testGraph = setupTestGraph();

/** Group names cannot be read unless `groupAccess` says so: the form offers the object id field. */
const renderPool = (poolId: string, groupAccess?: GroupAccess) =>
  renderPoolPage(testGraph, poolId, groupAccess);

const assignmentList = () => screen.findByRole("table", { name: "Current assignments" });
/** The name of the first seed pool that assigns this group. */
const poolHolding = (groupId: string) =>
  testGraph.store
    .dump()
    .pools.find(({ assignments }) =>
      assignments.some(({ target }) => "groupId" in target && target.groupId === groupId),
    )?.displayName;
/** Target, included or excluded, group id (without its copy button) of each body row. */
const rowCells = (table: HTMLElement) =>
  within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole("cell")
        .slice(0, 3)
        .map((cell, index) =>
          index === 2 ? (cell.firstChild?.firstChild?.textContent ?? "") : (cell.textContent ?? ""),
        ),
    );

describe("PoolPage", () => {
  it("shows the pool's assignments by group name, from one getByIds", async () => {
    const pool = testGraph.store.getPool(seedIds.poolWithAssignments);
    const recorder = recordGraphRequests(testGraph);
    renderPool(seedIds.poolWithAssignments, { status: "unknown" });

    expect(await screen.findByRole("heading", { level: 1, name: pool?.displayName })).toBeVisible();
    const table = await assignmentList();
    await waitFor(() =>
      expect(rowCells(table)).toEqual([
        [`${seedGroups.fieldEngineers.displayName}Security`, "Included", seedIds.includedGroup],
        [
          `${seedGroups.contractorsExcluded.displayName}Security`,
          "Excluded",
          seedIds.excludedGroup,
        ],
      ]),
    );
    expect(recorder.count("POST", "/directoryObjects/getByIds")).toBe(1);
  });

  it("reads an assigned group that no longer exists as an unknown group, with a hint", async () => {
    renderPool(seedIds.poolWithDeletedGroup, { status: "unknown" });
    const table = await assignmentList();
    expect(await within(table).findByText(`Unknown group (${seedIds.deletedGroup})`)).toBeVisible();
    expect(within(table).getByText(/may have been deleted from Microsoft Entra ID/)).toBeVisible();
  });

  it("asks getByIds only for ids it has not named yet when moving to another pool", async () => {
    const recorder = recordGraphRequests(testGraph);
    const { user } = renderWithProviders(null, {
      client: createTestClient(testGraph),
      route: `/pools/${seedIds.poolWithAssignments}/assignments`,
    });
    const first = await assignmentList();
    await within(first).findByText(seedGroups.contractorsExcluded.displayName);
    await user.click(screen.getByRole("link", { name: "Back to pools" }));
    await user.click(
      await screen.findByRole("link", { name: poolHolding(seedGroups.executivePhones.id) }),
    );
    await user.click(await screen.findByRole("link", { name: "Assignments" }));

    const second = await assignmentList();
    await within(second).findByText(seedGroups.executivePhones.displayName);
    expect(within(second).getByText(seedGroups.contractorsExcluded.displayName)).toBeVisible();
    const asked = await Promise.all(
      recorder.requests
        .filter(({ pathname }) => pathname.endsWith("/directoryObjects/getByIds"))
        .map(async ({ request }) => ((await request.json()) as { ids: string[] }).ids.sort()),
    );
    expect(asked).toEqual([
      [seedIds.includedGroup, seedIds.excludedGroup].sort(),
      [seedGroups.executivePhones.id, seedGroups.warehouseScanners.id].sort(),
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
    expect(within(list).getByText(`Group ${seedIds.unassignedGroup}`)).toBeVisible();
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
