import { QueryClientProvider, useQuery } from "@tanstack/react-query";
import { renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { GraphProvider } from "../../graph/GraphContext";
import { isGraphError } from "../../graph/GraphError";
import { seedIds } from "../../mocks/seedData";
import { setupTestGraph } from "../../mocks/testGraph";
import { createTestClient, createTestQueryClient, recordGraphRequests } from "../../test/render";
import { assignmentQueries } from "../assignments/assignmentQueries";
import { poolQueries } from "./poolQueries";
import { useDeletePool } from "./useDeletePool";

const testGraph = setupTestGraph();
const poolId = seedIds.poolWithAssignments;
const poolPath = `/beta/deviceManagement/embeddedSIMActivationCodePools/${poolId}`;

/**
 * The hook as the pool's page has it: the list cached from the way in, and the pool and its
 * assignments shown by a component that does not render again when the mutation settles.
 */
async function setup() {
  const client = createTestClient(testGraph);
  const queryClient = createTestQueryClient();
  const list = poolQueries.list(client);
  const detail = poolQueries.detail(client, poolId);
  const assignments = assignmentQueries.list(client, poolId);
  await Promise.all([
    queryClient.fetchQuery(list),
    queryClient.fetchQuery(detail),
    queryClient.fetchQuery(assignments),
  ]);
  function ShownPool() {
    useQuery(detail);
    useQuery(assignments);
    return null;
  }
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <GraphProvider client={client}>
        <ShownPool />
        {children}
      </GraphProvider>
    </QueryClientProvider>
  );
  const hook = renderHook(() => useDeletePool(poolId), { wrapper });
  const recorder = recordGraphRequests(testGraph);
  const cache = queryClient.getQueryCache();
  return {
    hook,
    queryClient,
    recorder,
    listKey: list.queryKey,
    listed: () => queryClient.getQueryData(list.queryKey)?.some(({ id }) => id === poolId),
    listState: () => queryClient.getQueryState(list.queryKey),
    cachedDetail: () => cache.find({ queryKey: detail.queryKey, exact: true }),
    cachedAssignments: () => cache.find({ queryKey: assignments.queryKey, exact: true }),
    methods: () => recorder.requests.map(({ method }) => method),
  };
}

describe("useDeletePool", () => {
  it("deletes the pool and forgets it everywhere, without reading it again", async () => {
    const { hook, queryClient, recorder, listed, cachedDetail, cachedAssignments } = await setup();
    expect(listed()).toBe(true);

    hook.result.current.mutate();
    await waitFor(() => expect(hook.result.current.isSuccess).toBe(true));

    expect(hook.result.current.data).toEqual({ outcome: "deleted" });
    expect(recorder.requests.map(({ method, pathname }) => [method, pathname])).toEqual([
      ["DELETE", poolPath],
    ]);
    expect(listed()).toBe(false);
    expect(cachedDetail()).toBeUndefined();
    expect(cachedAssignments()).toBeUndefined();
    expect(queryClient.isFetching()).toBe(0);
    expect(testGraph.store.getPool(poolId)).toBeUndefined();
  });

  it("cancels a list read that started before the DELETE, so it cannot bring the pool back", async () => {
    const { hook, queryClient, listKey, listed } = await setup();
    // The list's first page is read before the DELETE, and answered after it.
    testGraph.faults.add({
      method: "GET",
      path: "/embeddedSIMActivationCodePools",
      delayMs: 300,
      afterHandler: true,
    });
    void queryClient.refetchQueries({ queryKey: listKey, exact: true });
    await waitFor(() => expect(testGraph.faults.pending()).toHaveLength(0));

    hook.result.current.mutate();
    await waitFor(() => expect(hook.result.current.isSuccess).toBe(true));
    // Uncancelled, the read would still be running here, then store the list it read.
    await waitFor(() => expect(queryClient.isFetching()).toBe(0), { timeout: 2_000 });

    expect(listed()).toBe(false);
  });

  it("reports a pool someone else deleted as already gone, and has the list read again", async () => {
    const { hook, listed, listState, cachedDetail, cachedAssignments, methods } = await setup();
    testGraph.store.deletePool(poolId);

    hook.result.current.mutate();
    await waitFor(() => expect(hook.result.current.isSuccess).toBe(true));

    expect(hook.result.current.data).toEqual({ outcome: "alreadyGone" });
    expect(methods()).toEqual(["DELETE"]);
    expect(listed()).toBe(false);
    expect(listState()?.isInvalidated).toBe(true);
    expect(cachedDetail()).toBeUndefined();
    expect(cachedAssignments()).toBeUndefined();
  });

  it("throws a refusal unchanged, without reading again, and keeps the pool", async () => {
    testGraph.faults.add({ method: "DELETE", path: poolId, status: 403 });
    const { hook, listed, cachedDetail, methods } = await setup();

    hook.result.current.mutate();
    await waitFor(() => expect(hook.result.current.isError).toBe(true));

    const error = hook.result.current.error;
    expect(isGraphError(error) && [error.status, error.code]).toEqual([403, "Forbidden"]);
    expect(methods()).toEqual(["DELETE"]);
    expect(listed()).toBe(true);
    expect(cachedDetail()?.state.data).toBeDefined();
  });

  it("after a lost answer, finds by reading the pool from Graph that it was deleted, without deleting twice", async () => {
    testGraph.faults.add({ method: "DELETE", path: poolId, status: 500, afterHandler: true });
    const { hook, recorder, listed, cachedDetail, methods } = await setup();

    hook.result.current.mutate();
    await waitFor(() => expect(hook.result.current.isSuccess).toBe(true));

    expect(hook.result.current.data).toEqual({ outcome: "deleted" });
    // The pool's cached entry was fresh: only a read from Graph shows that it is gone.
    expect(methods()).toEqual(["DELETE", "GET"]);
    expect(recorder.requests[1]?.pathname).toBe(poolPath);
    expect(listed()).toBe(false);
    expect(cachedDetail()).toBeUndefined();
  });

  it("after a lost answer, throws the DELETE's error when Graph still has the pool", async () => {
    testGraph.faults.add({ method: "DELETE", path: poolId, status: 500 });
    const { hook, recorder, listed, cachedDetail, methods } = await setup();

    hook.result.current.mutate();
    await waitFor(() => expect(hook.result.current.isError).toBe(true));

    const error = hook.result.current.error;
    expect(isGraphError(error) && error.status).toBe(500);
    expect(recorder.count("DELETE", poolId)).toBe(1);
    expect(methods()).toEqual(["DELETE", "GET"]);
    expect(listed()).toBe(true);
    expect(cachedDetail()?.state.data).toBeDefined();
    expect(testGraph.store.getPool(poolId)).toBeDefined();
  });

  it("throws the DELETE's error when the read after a lost answer fails too", async () => {
    const { hook, methods } = await setup();
    testGraph.faults.add([
      { method: "DELETE", path: poolId, drop: true, afterHandler: true },
      // The re-read is a read: the client tries it four times before giving up.
      { method: "GET", path: poolId, status: 503, times: 4 },
    ]);

    hook.result.current.mutate();
    await waitFor(() => expect(hook.result.current.isError).toBe(true));

    const error = hook.result.current.error;
    expect(isGraphError(error) && [error.status, error.code]).toEqual([0, "NetworkError"]);
    expect(methods()).toEqual(["DELETE", "GET", "GET", "GET", "GET"]);
  });
});
