import { screen, waitFor } from "@testing-library/react";
import { onTestFinished } from "vitest";
import { seedIds } from "../mocks/seedData";
import { setupTestGraph } from "../mocks/testGraph";
import type { GroupAccess } from "../groups";
import {
  createTestClient,
  groupsRefused,
  recordGraphRequests,
  renderPoolPage,
  renderWithProviders,
} from "../test/render";

const testGraph = setupTestGraph();

/** Group names cannot be read unless `groupAccess` says so: the form offers the object id field. */
const renderPool = (poolId: string, groupAccess?: GroupAccess) =>
  renderPoolPage(testGraph, poolId, groupAccess);

describe("PoolPage when Graph no longer finds the pool", () => {
  it("says clearly when the pool no longer exists, with a way back", async () => {
    const { user } = renderPool("4d7e0a4c-0000-4000-8000-000000000404");
    expect(await screen.findByText("This pool no longer exists")).toBeVisible();

    await user.click(screen.getByRole("link", { name: "Back to pools" }));
    expect(
      await screen.findByRole("heading", { level: 1, name: "Activation code pools" }),
    ).toBeVisible();
  });

  it.each([
    ["before the admin assigns", "GET"],
    ["between the re-read and the POST", "POST"],
  ])("shows that the pool no longer exists when it is deleted %s", async (_, deleteOn) => {
    const poolId = seedIds.poolWithAssignments;
    const { user } = renderPool(poolId);
    await screen.findByRole("table", { name: "Current assignments" });
    const recorder = recordGraphRequests(testGraph);
    const deleteBeforeHandling = ({ request }: { request: Request }) => {
      if (request.method === deleteOn) testGraph.store.deletePool(poolId);
    };
    testGraph.server.events.on("request:start", deleteBeforeHandling);
    onTestFinished(() =>
      testGraph.server.events.removeListener("request:start", deleteBeforeHandling),
    );

    await user.type(
      screen.getByRole("textbox", { name: /group object id/i }),
      seedIds.unassignedGroup,
    );
    await user.click(screen.getByRole("button", { name: "Assign" }));

    expect(await screen.findByRole("heading", { level: 1, name: "Pool not found" })).toBeVisible();
    expect(screen.getByText("This pool no longer exists")).toBeVisible();
    expect(screen.queryByRole("button", { name: "Assign" })).not.toBeInTheDocument();
    expect(screen.queryByRole("table", { name: "Current assignments" })).not.toBeInTheDocument();
    // The re-read before posting reads the pool (with its assignments); a 404 on the POST alone
    // takes one more read of the pool to tell.
    expect(recorder.count("GET", `/embeddedSIMActivationCodePools/${poolId}`)).toBe(
      deleteOn === "POST" ? 2 : 1,
    );
    expect(recorder.count("POST", "/assignments")).toBe(deleteOn === "POST" ? 1 : 0);
  });

  it("refreshes the pool list after a 404 on create, so going back never shows the deleted pool", async () => {
    const poolId = seedIds.poolWithAssignments;
    const name = testGraph.store.getPool(poolId)?.displayName ?? "";
    const { user } = renderWithProviders(null, {
      client: createTestClient(testGraph),
      route: "/pools",
      groupAccess: groupsRefused,
    });
    await user.click(await screen.findByRole("searchbox", { name: "Filter by name" }));
    await user.paste(name);
    await user.click(await screen.findByRole("link", { name }));
    await user.click(await screen.findByRole("link", { name: "Assignments" }));
    await screen.findByRole("table", { name: "Current assignments" });
    const deleteOnPost = ({ request }: { request: Request }) => {
      if (request.method === "POST") testGraph.store.deletePool(poolId);
    };
    testGraph.server.events.on("request:start", deleteOnPost);
    onTestFinished(() => testGraph.server.events.removeListener("request:start", deleteOnPost));

    await user.type(
      screen.getByRole("textbox", { name: /group object id/i }),
      seedIds.unassignedGroup,
    );
    await user.click(screen.getByRole("button", { name: "Assign" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Pool not found" })).toBeVisible();

    // The list was loaded less than its 30 s staleTime ago: only the refresh reads it again.
    const recorder = recordGraphRequests(testGraph);
    await user.click(screen.getByRole("link", { name: "Back to pools" }));
    await waitFor(() => expect(recorder.count("GET", "/embeddedSIMActivationCodePools")).toBe(3));
    await user.clear(screen.getByRole("searchbox", { name: "Filter by name" }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent(/^59 pools$/));
    expect(screen.queryByRole("link", { name })).not.toBeInTheDocument();
  });

  it("keeps the pool on screen when a 404 on create was not about the pool", async () => {
    const pool = testGraph.store.getPool(seedIds.emptyPool);
    const { user } = renderPool(seedIds.emptyPool);
    await screen.findByRole("heading", { name: "Not assigned yet" });
    testGraph.faults.add({ method: "POST", path: "/assignments", status: 404 });
    const recorder = recordGraphRequests(testGraph);

    await user.type(
      screen.getByRole("textbox", { name: /group object id/i }),
      seedIds.unassignedGroup,
    );
    await user.click(screen.getByRole("button", { name: "Assign" }));

    expect(
      await screen.findByRole("group", { name: "The assignment was not created" }),
    ).toBeVisible();
    // The re-read before posting, then the read that shows the pool is still there.
    await waitFor(() =>
      expect(recorder.count("GET", `/embeddedSIMActivationCodePools/${seedIds.emptyPool}`)).toBe(2),
    );
    expect(screen.getByRole("heading", { level: 1, name: pool?.displayName })).toBeVisible();
    expect(screen.getByRole("textbox", { name: /group object id/i })).toHaveValue(
      seedIds.unassignedGroup,
    );
  });
});
