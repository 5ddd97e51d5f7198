import { QueryClientProvider } from "@tanstack/react-query";
import { renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { GraphProvider } from "../../graph/GraphContext";
import { isGraphError } from "../../graph/GraphError";
import { targetTypes } from "../../mocks/assignmentTarget";
import { seedIds } from "../../mocks/seedData";
import { setupTestGraph } from "../../mocks/testGraph";
import { createTestClient, createTestQueryClient, recordGraphRequests } from "../../test/render";
import { isAssignmentConflictError, isDuplicateCheckError } from "./assignmentErrors";
import { assignmentQueries } from "./assignmentQueries";
import { mayHaveBeenStored } from "../../graph/GraphError";
import { useCreateAssignment } from "./useCreateAssignment";

const testGraph = setupTestGraph();
const poolId = seedIds.poolWithAssignments;
const target = { kind: "includeGroup", groupId: seedIds.unassignedGroup } as const;

async function setup() {
  const client = createTestClient(testGraph);
  const queryClient = createTestQueryClient();
  const listOptions = assignmentQueries.list(client, poolId);
  const { assignments: before } = await queryClient.fetchQuery(listOptions);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <GraphProvider client={client}>{children}</GraphProvider>
    </QueryClientProvider>
  );
  const hook = renderHook(() => useCreateAssignment(poolId), { wrapper });
  const cached = () => queryClient.getQueryData(listOptions.queryKey)?.assignments;
  return { hook, before, cached };
}

describe("useCreateAssignment", () => {
  it("posts one concrete target to the pool's assignments", async () => {
    const recorder = recordGraphRequests(testGraph);
    const { hook } = await setup();

    hook.result.current.mutate(target);
    await waitFor(() => expect(hook.result.current.isSuccess).toBe(true));

    const posts = recorder.requests.filter((r) => r.method === "POST");
    expect(posts).toHaveLength(1);
    expect(posts[0]?.pathname).toBe(
      `/beta/deviceManagement/embeddedSIMActivationCodePools/${poolId}/assignments`,
    );
    expect(await posts[0]?.request.json()).toEqual({
      "@odata.type": "#microsoft.graph.embeddedSIMActivationCodePoolAssignment",
      target: {
        "@odata.type": "#microsoft.graph.groupAssignmentTarget",
        groupId: seedIds.unassignedGroup,
      },
    });
  });

  it("reads the list fresh before posting, then adds the created one without reading again", async () => {
    const { hook, before, cached } = await setup();
    const recorder = recordGraphRequests(testGraph);

    hook.result.current.mutate(target);
    await waitFor(() => expect(hook.result.current.isSuccess).toBe(true));

    const created = hook.result.current.data;
    const stored = testGraph.store.listAssignments(poolId)?.at(-1);
    expect(created).toEqual({ id: stored?.id, target });
    expect(cached()).toEqual([...before, created]);
    expect(recorder.requests.map(({ method }) => method)).toEqual(["GET", "POST"]);
  });

  it("throws AssignmentConflictError, without posting, when the fresh list has the target", async () => {
    const { hook, cached } = await setup();
    const recorder = recordGraphRequests(testGraph);
    testGraph.store.addAssignment(poolId, {
      "@odata.type": targetTypes.group,
      groupId: target.groupId,
      deviceAndAppManagementAssignmentFilterId: null,
      deviceAndAppManagementAssignmentFilterType: "none",
    });

    hook.result.current.mutate(target);
    await waitFor(() => expect(hook.result.current.isError).toBe(true));

    const error = hook.result.current.error;
    expect(isAssignmentConflictError(error) && error.message).toMatch(/already included/);
    expect(recorder.count("POST", "/assignments")).toBe(0);
    expect(cached()).toHaveLength(testGraph.store.listAssignments(poolId)?.length ?? -1);
  });

  it("sends nothing when the re-read before posting fails, and says so by its error type", async () => {
    const { hook } = await setup();
    testGraph.faults.add({ method: "GET", path: poolId, status: 503, times: 4 });
    const recorder = recordGraphRequests(testGraph);

    hook.result.current.mutate(target);
    await waitFor(() => expect(hook.result.current.isError).toBe(true));

    const error = hook.result.current.error;
    expect(isDuplicateCheckError(error)).toBe(true);
    expect(isGraphError(error?.cause) && error.cause.status).toBe(503);
    expect(mayHaveBeenStored(error)).toBe(false);
    expect(recorder.count("POST", "/assignments")).toBe(0);
  });

  it("returns what a create with a lost answer stored, found by re-reading, not by posting again", async () => {
    testGraph.faults.add({ method: "POST", path: "/assignments", drop: true, afterHandler: true });
    const { hook, before, cached } = await setup();
    const recorder = recordGraphRequests(testGraph);

    hook.result.current.mutate(target);
    await waitFor(() => expect(hook.result.current.isSuccess).toBe(true));

    const stored = testGraph.store.listAssignments(poolId)?.at(-1);
    expect(hook.result.current.data).toEqual({ id: stored?.id, target });
    expect(cached()).toEqual([...before, hook.result.current.data]);
    expect(recorder.requests.map(({ method }) => method)).toEqual(["GET", "POST", "GET"]);
  });

  it("leaves the cached list alone when Graph refuses", async () => {
    testGraph.faults.add({ method: "POST", path: "/assignments", status: 403 });
    const { hook, before, cached } = await setup();

    hook.result.current.mutate(target);
    await waitFor(() => expect(hook.result.current.isError).toBe(true));

    const error = hook.result.current.error;
    expect(isGraphError(error) && error.status).toBe(403);
    expect(cached()).toEqual(before);
    expect(testGraph.store.listAssignments(poolId)).toHaveLength(before.length);
  });
});
