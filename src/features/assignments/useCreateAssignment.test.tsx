import { QueryClientProvider } from "@tanstack/react-query";
import { renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { GraphProvider } from "../../graph/GraphContext";
import { isGraphError } from "../../graph/GraphError";
import { seedIds } from "../../mocks/seedData";
import { setupTestGraph } from "../../mocks/testGraph";
import { createTestClient, createTestQueryClient, recordGraphRequests } from "../../test/render";
import { assignmentQueries } from "./assignmentQueries";
import type { Assignment } from "./types";
import { useCreateAssignment } from "./useCreateAssignment";

const testGraph = setupTestGraph();
const poolId = seedIds.poolWithAssignments;
const target = { kind: "includeGroup", groupId: seedIds.unassignedGroup } as const;

async function setup() {
  const client = createTestClient(testGraph);
  const queryClient = createTestQueryClient();
  const listOptions = assignmentQueries.list(client, poolId);
  const before = await queryClient.fetchQuery(listOptions);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <GraphProvider client={client}>{children}</GraphProvider>
    </QueryClientProvider>
  );
  const hook = renderHook(() => useCreateAssignment(poolId), { wrapper });
  const cached = () => queryClient.getQueryData<Assignment[]>(listOptions.queryKey);
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

  it("adds the created assignment to the cached list without reading it again", async () => {
    const { hook, before, cached } = await setup();
    const recorder = recordGraphRequests(testGraph);

    hook.result.current.mutate(target);
    await waitFor(() => expect(hook.result.current.isSuccess).toBe(true));

    const created = hook.result.current.data;
    const stored = testGraph.store.listAssignments(poolId)?.at(-1);
    expect(created).toEqual({ id: stored?.id, target });
    expect(cached()).toEqual([...before, created]);
    expect(recorder.count("GET", "/assignments")).toBe(0);
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
