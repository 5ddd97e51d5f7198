import { QueryClientProvider, useQuery } from "@tanstack/react-query";
import { renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import type { GraphClientOptions } from "../../graph/client";
import { GraphProvider } from "../../graph/GraphContext";
import { isGraphError } from "../../graph/GraphError";
import { targetTypes } from "../../mocks/assignmentTarget";
import { seedIds } from "../../mocks/seedData";
import { setupTestGraph } from "../../mocks/testGraph";
import { createTestClient, createTestQueryClient, recordGraphRequests } from "../../test/render";
import { assignmentQueries } from "./assignmentQueries";
import type { Assignment } from "./types";
import { useDeleteAssignment } from "./useDeleteAssignment";

const testGraph = setupTestGraph();
const poolId = seedIds.poolWithAssignments;
const poolPath = `/beta/deviceManagement/embeddedSIMActivationCodePools/${poolId}`;

/** The hook beside the pool's list, cached and shown (observed), as the pool page has it. */
async function setup(clientOptions: Partial<GraphClientOptions> = {}) {
  const client = createTestClient(testGraph, clientOptions);
  const queryClient = createTestQueryClient();
  const listOptions = assignmentQueries.list(client, poolId);
  const { assignments: before } = await queryClient.fetchQuery(listOptions);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <GraphProvider client={client}>{children}</GraphProvider>
    </QueryClientProvider>
  );
  const hook = renderHook(
    () => {
      useQuery(listOptions);
      return useDeleteAssignment(poolId);
    },
    { wrapper },
  );
  const recorder = recordGraphRequests(testGraph);
  const cached = () => queryClient.getQueryData(listOptions.queryKey)?.assignments;
  const [first, second] = before;
  if (!first || !second) throw new Error("The seed pool should hold two assignments");
  return { hook, queryClient, recorder, before, first, second, cached };
}

describe("useDeleteAssignment", () => {
  it("deletes the assignment and drops it from the cached list without reading it again", async () => {
    const { hook, queryClient, recorder, first, second, cached } = await setup();

    hook.result.current.mutate(first);
    await waitFor(() => expect(hook.result.current.isSuccess).toBe(true));

    expect(hook.result.current.data).toEqual({ outcome: "removed" });
    expect(recorder.requests.map(({ method, pathname }) => [method, pathname])).toEqual([
      ["DELETE", `${poolPath}/assignments/${first.id}`],
    ]);
    expect(queryClient.isFetching()).toBe(0);
    expect(cached()).toEqual([second]);
    expect(testGraph.store.listAssignments(poolId)?.map(({ id }) => id)).toEqual([second.id]);
  });

  it("URL-encodes the assignment id, so it cannot add a segment or a query", async () => {
    const { hook, recorder, first } = await setup();

    hook.result.current.mutate({ ...first, id: "a/b?c#d" });
    await waitFor(() => expect(hook.result.current.isSuccess).toBe(true));

    expect(recorder.requests[0]?.pathname).toBe(`${poolPath}/assignments/a%2Fb%3Fc%23d`);
    expect(testGraph.store.listAssignments(poolId)).toHaveLength(2);
  });

  it("reports one another admin removed as already gone, and reads the list again", async () => {
    const { hook, recorder, first, cached } = await setup();
    testGraph.store.deleteAssignment(poolId, first.id);
    // The same admin also added one: the re-read brings it onto the screen.
    const added = testGraph.store.addAssignment(poolId, {
      "@odata.type": targetTypes.allDevices,
      deviceAndAppManagementAssignmentFilterId: null,
      deviceAndAppManagementAssignmentFilterType: "none",
    });

    hook.result.current.mutate(first);
    await waitFor(() => expect(hook.result.current.isSuccess).toBe(true));

    expect(hook.result.current.data).toEqual({ outcome: "alreadyGone" });
    expect(recorder.requests.map(({ method }) => method)).toEqual(["DELETE", "GET"]);
    const stored = testGraph.store.listAssignments(poolId)?.map(({ id }) => id);
    expect(stored).toContain(added?.id);
    expect(cached()?.map(({ id }) => id)).toEqual(stored);
  });

  it("throws Graph's refusal unchanged and keeps the row", async () => {
    testGraph.faults.add({ method: "DELETE", path: "/assignments/", status: 403 });
    const { hook, recorder, before, cached } = await setup();

    hook.result.current.mutate(before[0] as Assignment);
    await waitFor(() => expect(hook.result.current.isError).toBe(true));

    const error = hook.result.current.error;
    expect(isGraphError(error) && [error.status, error.code]).toEqual([403, "Forbidden"]);
    expect(recorder.requests.map(({ method }) => method)).toEqual(["DELETE"]);
    expect(cached()).toEqual(before);
    expect(testGraph.store.listAssignments(poolId)).toHaveLength(2);
  });

  it("after a lost answer, finds by re-reading that it was removed, without deleting twice", async () => {
    testGraph.faults.add({
      method: "DELETE",
      path: "/assignments/",
      status: 504,
      afterHandler: true,
    });
    const { hook, recorder, first, second, cached } = await setup();

    hook.result.current.mutate(first);
    await waitFor(() => expect(hook.result.current.isSuccess).toBe(true));

    expect(hook.result.current.data).toEqual({ outcome: "removed" });
    expect(recorder.requests.map(({ method }) => method)).toEqual(["DELETE", "GET"]);
    expect(cached()).toEqual([second]);
  });

  it("after a lost answer, throws the DELETE's error when the re-read still lists it", async () => {
    testGraph.faults.add({ method: "DELETE", path: "/assignments/", status: 504 });
    const { hook, recorder, before, cached } = await setup();

    hook.result.current.mutate(before[0] as Assignment);
    await waitFor(() => expect(hook.result.current.isError).toBe(true));

    const error = hook.result.current.error;
    expect(isGraphError(error) && error.status).toBe(504);
    expect(recorder.count("DELETE", "")).toBe(1);
    expect(recorder.requests.map(({ method }) => method)).toEqual(["DELETE", "GET"]);
    expect(cached()).toEqual(before);
  });

  it("throws the DELETE's error when the re-read after a lost answer fails too", async () => {
    const { hook, recorder, first } = await setup();
    testGraph.faults.add([
      { method: "DELETE", path: "/assignments/", drop: true, afterHandler: true },
      // The re-read is a read: the client tries it four times before giving up.
      { method: "GET", path: poolId, status: 503, times: 4 },
    ]);

    hook.result.current.mutate(first);
    await waitFor(() => expect(hook.result.current.isError).toBe(true));

    const error = hook.result.current.error;
    expect(isGraphError(error) && [error.status, error.code]).toEqual([0, "NetworkError"]);
    expect(recorder.requests.map(({ method }) => method)).toEqual([
      "DELETE",
      "GET",
      "GET",
      "GET",
      "GET",
    ]);
  });
});
