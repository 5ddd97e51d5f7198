import { screen, waitFor, within } from "@testing-library/react";
import { targetTypes } from "../mocks/assignmentTarget";
import { seedGroups, seedIds } from "../mocks/seedData";
import { setupTestGraph } from "../mocks/testGraph";
import type { GroupAccess } from "../groups";
import {
  createTestClient,
  recordGraphRequests,
  renderPoolPage,
  renderPoolSection,
  renderWithProviders,
} from "../test/render";

const testGraph = setupTestGraph();

/** Group names cannot be read unless `groupAccess` says so: the form offers the object id field. */
const renderPool = (poolId: string, groupAccess?: GroupAccess) =>
  renderPoolPage(testGraph, poolId, groupAccess);

/** The `$expand` of each read of the pool itself (its path, not its assignments' or devices'). */
const poolReads = (recorder: ReturnType<typeof recordGraphRequests>, poolId: string) =>
  recorder.requests
    .filter(
      ({ method, pathname }) =>
        method === "GET" && pathname.endsWith(`/embeddedSIMActivationCodePools/${poolId}`),
    )
    .map(({ request }) => new URL(request.url).searchParams.get("$expand"));
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
  it.each([
    ["", "Properties"],
    ["/assignments", "Assignments"],
    ["/devices", "Devices"],
  ])(
    "reads the pool and its assignments in one request on a cold load of /pools/:poolId%s",
    async (section, sectionHeading) => {
      const poolId = seedIds.poolWithAssignments;
      const recorder = recordGraphRequests(testGraph);
      renderPoolSection(testGraph, `${poolId}${section}`);

      const pool = testGraph.store.getPool(poolId);
      expect(
        await screen.findByRole("heading", { level: 1, name: pool?.displayName }),
      ).toBeVisible();
      // The section's code loads on first use; its own reads start once it shows.
      await screen.findByRole("heading", { level: 2, name: sectionHeading }, { timeout: 5_000 });
      if (section === "/assignments") await assignmentList();
      expect(poolReads(recorder, poolId)).toEqual(["assignments"]);
      expect(recorder.count("GET", "/assignments")).toBe(0);
    },
  );

  it("opened from the pools list by its link, reads only the pool with its assignments", async () => {
    const poolId = seedIds.poolWithAssignments;
    const pool = testGraph.store.getPool(poolId);
    const { user } = renderWithProviders(null, {
      client: createTestClient(testGraph),
      route: "/pools",
    });
    const link = await screen.findByRole("link", { name: pool?.displayName });
    const recorder = recordGraphRequests(testGraph);

    await user.click(link);
    await user.click(await screen.findByRole("link", { name: "Assignments" }));
    await assignmentList();
    expect(poolReads(recorder, poolId)).toEqual(["assignments"]);
    expect(recorder.count("GET", "/assignments")).toBe(0);
    expect(recorder.count("GET", "/embeddedSIMActivationCodePools")).toBe(0);
  });

  it("after removing an assignment another tab removed first, shows the pool as Graph has it now", async () => {
    const poolId = seedIds.poolWithAssignments;
    const { user } = renderPool(poolId);
    const table = await assignmentList();
    const [gone] = testGraph.store.listAssignments(poolId) ?? [];
    testGraph.store.deleteAssignment(poolId, gone?.id ?? "");
    testGraph.store.addAssignment(poolId, {
      "@odata.type": targetTypes.allDevices,
      deviceAndAppManagementAssignmentFilterId: null,
      deviceAndAppManagementAssignmentFilterType: "none",
    });
    const recorder = recordGraphRequests(testGraph);

    const [removeFirst] = within(table).getAllByRole("button", { name: /^Remove / });
    await user.click(removeFirst as HTMLElement);
    // Looks past the surface's aria-hidden while it animates open (see RemoveAssignmentDialog.test).
    const dialog = await screen.findByRole("dialog", { hidden: true }, { timeout: 5_000 });
    await user.click(within(dialog).getByRole("button", { name: "Remove", hidden: true }));

    expect(await screen.findByText(/was already removed/)).toBeVisible();
    await waitFor(() => expect(within(table).getByText("All devices")).toBeVisible());
    expect(rowCells(table)).toHaveLength(2);
    expect(poolReads(recorder, poolId)).toEqual(["assignments"]);
  });

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

  it("keeps the page when the re-read before assigning fails: says so, posts nothing, Try again reads it", async () => {
    const { user } = renderPool(seedIds.poolWithAssignments);
    const table = await assignmentList();
    // The client tries a read four times before giving up.
    testGraph.faults.add({
      method: "GET",
      path: seedIds.poolWithAssignments,
      status: 500,
      times: 4,
    });
    const recorder = recordGraphRequests(testGraph);

    await user.type(
      screen.getByRole("textbox", { name: /group object id/i }),
      seedIds.unassignedGroup,
    );
    await user.click(screen.getByRole("button", { name: "Assign" }));
    expect(
      await screen.findByRole("group", { name: /the pool's assignments could not be checked/ }),
    ).toBeVisible();
    const bar = screen.getByRole("group", { name: "The assignments could not be loaded" });
    expect(table).toBeVisible();
    expect(recorder.count("POST", "/assignments")).toBe(0);

    testGraph.faults.clear();
    await user.click(within(bar).getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(bar).not.toBeInTheDocument());
    expect(await assignmentList()).toBeVisible();
  });

  it("shows other read errors with Try again", async () => {
    testGraph.faults.add({ method: "GET", path: seedIds.emptyPool, status: 400 });
    const { user } = renderPool(seedIds.emptyPool);
    const bar = await screen.findByRole("group", { name: "The pool could not be loaded" });
    await waitFor(() => expect(testGraph.faults.pending()).toHaveLength(0));

    await user.click(within(bar).getByRole("button", { name: "Try again" }));
    const pool = testGraph.store.getPool(seedIds.emptyPool);
    expect(await screen.findByRole("heading", { level: 1, name: pool?.displayName })).toBeVisible();
  });
});
