import { HttpResponse, http } from "msw";
import { ClientErrorCode, isGraphError } from "../../graph/GraphError";
import { targetTypes } from "../../mocks/assignmentTarget";
import { seedIds } from "../../mocks/seedData";
import { setupTestGraph } from "../../mocks/testGraph";
import { createTestClient } from "../../test/render";
import { getPoolWithAssignments } from "./getPoolWithAssignments";

const testGraph = setupTestGraph();
const poolId = seedIds.poolWithAssignments;
const poolUrl = `${testGraph.baseUrl}/deviceManagement/embeddedSIMActivationCodePools/${poolId}`;
const allDevices = { id: "expanded-1", target: { "@odata.type": targetTypes.allDevices } };

/** Graph's answer for the pool, with `assignments` (and what goes with them) as given. */
function answerPool(expanded: Record<string, unknown>) {
  testGraph.server.use(
    http.get(poolUrl, () => HttpResponse.json({ ...testGraph.store.getPool(poolId), ...expanded })),
  );
}

describe("getPoolWithAssignments", () => {
  it("reads the pool and its assignments in one request", async () => {
    const read = await getPoolWithAssignments(createTestClient(testGraph), poolId);

    expect(read.pool.id).toBe(poolId);
    expect(read.assignments.map(({ id }) => id)).toEqual(
      testGraph.store.listAssignments(poolId)?.map(({ id }) => id),
    );
  });

  it("follows a paged expansion's nextLink for the rest of the assignments", async () => {
    answerPool({
      assignments: [allDevices],
      "assignments@odata.nextLink": `${poolUrl}/assignments`,
    });

    const { assignments } = await getPoolWithAssignments(createTestClient(testGraph), poolId);

    expect(assignments.map(({ id }) => id)).toEqual([
      allDevices.id,
      ...(testGraph.store.listAssignments(poolId)?.map(({ id }) => id) ?? []),
    ]);
    expect(assignments[0]?.target).toEqual({ kind: "allDevices" });
  });

  it("refuses expanded assignments the assignment list would refuse", async () => {
    answerPool({ assignments: [{ id: "untyped", target: { groupId: seedIds.unassignedGroup } }] });

    const error = await getPoolWithAssignments(createTestClient(testGraph), poolId).catch(
      (caught: unknown) => caught,
    );

    expect(isGraphError(error) && error.code).toBe(ClientErrorCode.UnexpectedResponse);
  });
});
