import { QueryClientProvider } from "@tanstack/react-query";
import { act, renderHook } from "@testing-library/react";
import type { ReactNode } from "react";
import { GraphProvider } from "../../graph/GraphContext";
import { seedGroups, seedIds } from "../../mocks/seedData";
import { setupTestGraph } from "../../mocks/testGraph";
import { createTestClient, createTestQueryClient, recordGraphRequests } from "../../test/render";
import { assignmentQueries } from "./assignmentQueries";
import type { NewAssignmentTarget } from "./types";
import { useCreateAssignments } from "./useCreateAssignments";

const testGraph = setupTestGraph();
const poolId = seedIds.emptyPool;
const include = (groupId: string): NewAssignmentTarget => ({ kind: "includeGroup", groupId });
const targets = [
  include(seedGroups.spareDevices.id),
  include(seedGroups.pilotRing1.id),
  include(seedGroups.loanerDevices.id),
];

async function setup() {
  const client = createTestClient(testGraph);
  const queryClient = createTestQueryClient();
  await queryClient.fetchQuery(assignmentQueries.list(client, poolId));
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <GraphProvider client={client}>{children}</GraphProvider>
    </QueryClientProvider>
  );
  const hook = renderHook(() => useCreateAssignments(poolId), { wrapper });
  const recorder = recordGraphRequests(testGraph);
  const run = async (wanted: NewAssignmentTarget[]) => {
    let results: Awaited<ReturnType<typeof hook.result.current.start>> = [];
    await act(async () => {
      results = await hook.result.current.start(wanted);
    });
    return results;
  };
  const posts = () => recorder.requests.filter(({ method }) => method === "POST");
  return { hook, run, posts, recorder };
}

const storedGroups = () =>
  (testGraph.store.listAssignments(poolId) ?? []).map(({ target }) =>
    "groupId" in target ? target.groupId : null,
  );

describe("useCreateAssignments", () => {
  it("creates one assignment per target, one request at a time, each after a fresh re-read", async () => {
    const { run, recorder, hook } = await setup();
    const results = await run(targets);

    expect(results.map(({ status }) => status)).toEqual(["created", "created", "created"]);
    expect(storedGroups()).toEqual(targets.map((target) => "groupId" in target && target.groupId));
    expect(recorder.requests.map(({ method }) => method)).toEqual([
      "GET",
      "POST",
      "GET",
      "POST",
      "GET",
      "POST",
    ]);
    expect(hook.result.current.run?.done).toBe(true);
  });

  it("refuses a target the pool already has and goes on with the rest", async () => {
    testGraph.store.addAssignment(poolId, {
      "@odata.type": "#microsoft.graph.groupAssignmentTarget",
      groupId: seedGroups.pilotRing1.id,
      deviceAndAppManagementAssignmentFilterId: null,
      deviceAndAppManagementAssignmentFilterType: "none",
    });
    const { run, posts } = await setup();
    const results = await run(targets);

    expect(results.map(({ status }) => status)).toEqual(["created", "refused", "created"]);
    expect(results[1]).toMatchObject({ reason: "This group is already included in this pool." });
    expect(posts()).toHaveLength(2);
  });

  it("goes on after a 400 about one target, but stops after a failure that would hit the rest", async () => {
    testGraph.faults.add({ method: "POST", path: "/assignments", status: 400 });
    const first = await setup();
    const afterBadRequest = await first.run(targets);
    expect(afterBadRequest.map(({ status }) => status)).toEqual(["failed", "created", "created"]);

    testGraph.store.reset();
    testGraph.faults.add({ method: "POST", path: "/assignments", status: 403 });
    const second = await setup();
    const afterForbidden = await second.run(targets);
    expect(afterForbidden.map(({ status }) => status)).toEqual(["failed", "notSent", "notSent"]);
    expect(second.posts()).toHaveLength(1);
    expect(storedGroups()).toEqual([]);
  });

  it("stops when the answer to a create is lost and cannot be found, sending nothing more", async () => {
    testGraph.faults.add({ method: "POST", path: "/assignments", status: 504 });
    const { run, posts } = await setup();
    const results = await run(targets);
    expect(results.map(({ status }) => status)).toEqual(["failed", "notSent", "notSent"]);
    expect(posts()).toHaveLength(1);
  });

  it("sends nothing more once the page that started the run is gone", async () => {
    testGraph.faults.add({ method: "POST", path: "/assignments", delayMs: 200 });
    const { hook, posts } = await setup();
    let finished: Promise<unknown> = Promise.resolve();
    act(() => {
      finished = hook.result.current.start(targets);
    });
    hook.unmount();
    await finished;
    expect(posts()).toHaveLength(1);
  });
});
