import { targetTypes } from "./assignmentTarget";
import { graphScopes } from "./authorization";
import { seedIds } from "./seedData";
import { callGraph, setupTestGraph } from "./testGraph";

const graph = setupTestGraph();

const assignmentsOf = (poolId: string) =>
  `/deviceManagement/embeddedSIMActivationCodePools/${poolId}/assignments`;

function postAssignment(poolId: string, target: unknown, scopes?: string[]) {
  const body = JSON.stringify({
    "@odata.type": "#microsoft.graph.embeddedSIMActivationCodePoolAssignment",
    target,
  });
  return callGraph(assignmentsOf(poolId), { method: "POST", body, ...(scopes && { scopes }) });
}

interface GraphErrorBody {
  error: { code: string; message: string };
}

async function readIntuneText(response: Response): Promise<{ code: string; text: string }> {
  const { error } = (await response.json()) as GraphErrorBody;
  const inner = JSON.parse(error.message) as { _version: number; Message: string };
  expect(inner._version).toBe(3);
  return { code: error.code, text: inner.Message };
}

describe("create assignment", () => {
  it("answers 201 with a server-assigned id, stores it and bumps modifiedDateTime", async () => {
    const before = graph.store.getPool(seedIds.emptyPool)?.modifiedDateTime;
    const response = await postAssignment(seedIds.emptyPool, {
      "@odata.type": "microsoft.graph.groupAssignmentTarget",
      groupId: seedIds.unassignedGroup,
    });
    expect(response.status).toBe(201);
    const created = (await response.json()) as { id: string; target: Record<string, unknown> };
    expect(created.id).toMatch(/^[0-9a-f]{8}-/);
    expect(created.target).toEqual({
      "@odata.type": targetTypes.group,
      groupId: seedIds.unassignedGroup,
      deviceAndAppManagementAssignmentFilterId: null,
      deviceAndAppManagementAssignmentFilterType: "none",
    });
    expect(graph.store.listAssignments(seedIds.emptyPool)).toEqual([
      { id: created.id, target: created.target },
    ]);
    expect(graph.store.getPool(seedIds.emptyPool)?.modifiedDateTime).not.toBe(before);

    const read = await callGraph(`${assignmentsOf(seedIds.emptyPool)}/${created.id}`);
    expect(await read.json()).toMatchObject({ id: created.id });
  });

  it("accepts a duplicate target, as Graph does", async () => {
    const target = { "@odata.type": targetTypes.group, groupId: seedIds.includedGroup };
    expect((await postAssignment(seedIds.poolWithAssignments, target)).status).toBe(201);
    const groupIds = graph.store
      .listAssignments(seedIds.poolWithAssignments)
      ?.map(({ target }) => ("groupId" in target ? target.groupId : undefined));
    expect(groupIds?.filter((id) => id === seedIds.includedGroup)).toHaveLength(2);
  });

  it.each([
    ["a missing target", undefined, /missing/],
    [
      "the abstract base type",
      { "@odata.type": "microsoft.graph.deviceAndAppManagementAssignmentTarget" },
      /abstract/,
    ],
    [
      "an unknown type",
      { "@odata.type": "#microsoft.graph.userAssignmentTarget" },
      /not supported/,
    ],
    ["a group without groupId", { "@odata.type": targetTypes.group }, /groupId is required/],
    [
      "a non-GUID groupId",
      { "@odata.type": targetTypes.exclusionGroup, groupId: "{not-a-guid}" },
      /groupId must be a GUID/,
    ],
  ])("rejects %s with 400 and Intune's JSON message", async (_case, target, reason) => {
    const response = await postAssignment(seedIds.emptyPool, target);
    expect(response.status).toBe(400);
    const { code, text } = await readIntuneText(response);
    expect(code).toBe("BadRequest");
    expect(text).toMatch(/^An error has occurred - Operation ID .* - Activity ID: .* - Url: /);
    expect(text).toMatch(reason);
    expect(graph.store.listAssignments(seedIds.emptyPool)).toEqual([]);
  });

  it("answers 404 for an unknown pool", async () => {
    const response = await postAssignment("5f0c1a7e-0000-4000-8000-000000000001", {
      "@odata.type": targetTypes.allDevices,
    });
    expect(response.status).toBe(404);
  });

  it("answers 403 naming the missing permission to a read-only token, and stores nothing", async () => {
    const response = await postAssignment(
      seedIds.emptyPool,
      { "@odata.type": targetTypes.allDevices },
      [graphScopes.read],
    );
    expect(response.status).toBe(403);
    const { code, text } = await readIntuneText(response);
    expect(code).toBe("Forbidden");
    expect(text).toContain(graphScopes.readWrite);
    expect(graph.store.listAssignments(seedIds.emptyPool)).toEqual([]);
  });
});

describe("list and delete assignments", () => {
  it("lists a pool's assignments", async () => {
    const response = await callGraph(assignmentsOf(seedIds.poolWithAssignments));
    const body = (await response.json()) as { value: { target: Record<string, unknown> }[] };
    expect(body.value.map(({ target }) => target["@odata.type"])).toEqual([
      targetTypes.group,
      targetTypes.exclusionGroup,
    ]);
  });

  it("deletes an assignment (204), then 404 for it", async () => {
    const [first] = graph.store.listAssignments(seedIds.poolWithAllDevices) ?? [];
    const url = `${assignmentsOf(seedIds.poolWithAllDevices)}/${first?.id}`;
    expect((await callGraph(url, { method: "DELETE" })).status).toBe(204);
    expect((await callGraph(url, { method: "DELETE" })).status).toBe(404);
    expect(graph.store.listAssignments(seedIds.poolWithAllDevices)).toEqual([]);
  });
});
