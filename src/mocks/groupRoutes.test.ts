import { graphScopes } from "./authorization";
import { seedGroups, seedIds } from "./seedData";
import { callGraph, setupTestGraph } from "./testGraph";

const graph = setupTestGraph();

const UNKNOWN_GUID = "00000000-0000-4000-8000-000000000000";
const ESIM_ONLY = [graphScopes.readWrite];

interface GraphErrorBody {
  error: { code: string; message: string };
}

async function readError(response: Response, status: number): Promise<GraphErrorBody["error"]> {
  expect(response.status).toBe(status);
  return ((await response.json()) as GraphErrorBody).error;
}

const getByIds = (body: unknown, scopes?: string[]) =>
  callGraph("/directoryObjects/getByIds", {
    method: "POST",
    body: typeof body === "string" ? body : JSON.stringify(body),
    ...(scopes && { scopes }),
  });

async function foundIds(body: unknown): Promise<unknown[]> {
  const response = await getByIds(body);
  expect(response.status).toBe(200);
  const { value } = (await response.json()) as { value: Record<string, unknown>[] };
  return value.map((object) => object.id);
}

describe("get a group", () => {
  it("answers 200 with the group at top level and Graph's context", async () => {
    const response = await callGraph(`/groups/${seedIds.diacriticsGroup}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      "@odata.context": "https://graph.test/beta/$metadata#groups/$entity",
      ...seedGroups.montrealDevices,
    });
  });

  it("honours $select and takes the id in any case", async () => {
    const response = await callGraph(
      `/groups/${seedIds.quotesGroup.toUpperCase()}?$select=displayName`,
    );
    expect(await response.json()).toEqual({
      "@odata.context": "https://graph.test/beta/$metadata#groups(id,displayName)/$entity",
      id: seedIds.quotesGroup,
      displayName: '"Pilot" Ring 1 – Devices',
    });
  });

  it("answers 404 Request_ResourceNotFound, in plain text, for an unknown id", async () => {
    const error = await readError(await callGraph(`/groups/${UNKNOWN_GUID}`), 404);
    expect(error).toMatchObject({
      code: "Request_ResourceNotFound",
      message: `Resource '${UNKNOWN_GUID}' does not exist or one of its queried reference-property objects are not present.`,
    });
  });

  it("answers 404 for the group a seeded assignment still names", async () => {
    const groupIds = graph.store
      .listAssignments(seedIds.poolWithDeletedGroup)
      ?.map(({ target }) => ("groupId" in target ? target.groupId : undefined));
    expect(groupIds).toEqual([seedGroups.fieldEngineersTablets.id, seedIds.deletedGroup]);
    expect((await callGraph(`/groups/${seedIds.deletedGroup}`)).status).toBe(404);
  });

  it("answers 400 Invalid object identifier for a non-GUID id", async () => {
    const error = await readError(await callGraph("/groups/not-a-guid"), 400);
    expect(error).toMatchObject({
      code: "Request_BadRequest",
      message: "Invalid object identifier 'not-a-guid'.",
    });
  });
});

describe("resolve ids with getByIds", () => {
  it("returns the known groups, typed, and leaves out unknown and deleted ids", async () => {
    const response = await getByIds({
      ids: [seedIds.microsoft365Group, UNKNOWN_GUID, seedIds.deletedGroup, seedIds.includedGroup],
      types: ["group"],
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      "@odata.context": "https://graph.test/beta/$metadata#directoryObjects",
      value: [
        { "@odata.type": "#microsoft.graph.group", ...seedGroups.salesTeam },
        { "@odata.type": "#microsoft.graph.group", ...seedGroups.fieldEngineers },
      ],
    });
  });

  it("finds groups without types, and nothing when only users are asked for", async () => {
    expect(await foundIds({ ids: [seedIds.apostropheGroup] })).toEqual([seedIds.apostropheGroup]);
    const ids = [seedIds.apostropheGroup];
    expect(await foundIds({ ids, types: ["microsoft.graph.group"] })).toEqual(ids);
    expect(await foundIds({ ids, types: ["user"] })).toEqual([]);
  });

  it("accepts 1000 ids and rejects 1001", async () => {
    const ids = Array.from({ length: 1000 }, () => UNKNOWN_GUID);
    expect(await foundIds({ ids: [...ids.slice(1), seedIds.quotesGroup] })).toEqual([
      seedIds.quotesGroup,
    ]);
    const error = await readError(await getByIds({ ids: [...ids, UNKNOWN_GUID] }), 400);
    expect(error.code).toBe("Request_BadRequest");
    expect(error.message).toContain("1000");
  });

  it.each([
    ["a non-GUID id", { ids: [seedIds.quotesGroup, "abc"] }, "Invalid object identifier 'abc'."],
    ["an empty ids array", { ids: [] }, "Invalid object identifier ''."],
    ["no ids", { types: ["group"] }, "Invalid object identifier ''."],
  ])("answers 400 Request_BadRequest to %s", async (_case, body, message) => {
    const error = await readError(await getByIds(body), 400);
    expect(error).toMatchObject({ code: "Request_BadRequest", message });
  });

  it("answers 400 to a body that is not JSON", async () => {
    const error = await readError(await getByIds("ids=1"), 400);
    expect(error.code).toBe("BadRequest");
  });
});

describe("group permissions", () => {
  it.each([
    ["list", () => callGraph("/groups", { scopes: ESIM_ONLY })],
    ["get", () => callGraph(`/groups/${seedIds.includedGroup}`, { scopes: ESIM_ONLY })],
    ["getByIds", () => getByIds({ ids: [seedIds.includedGroup] }, ESIM_ONLY)],
  ])(
    "%s answers 403 Authorization_RequestDenied, plain text, without a group scope",
    async (_case, call) => {
      const error = await readError(await call(), 403);
      expect(error).toMatchObject({
        code: "Authorization_RequestDenied",
        message: "Insufficient privileges to complete the operation.",
      });
    },
  );

  it.each([graphScopes.groupMemberRead, graphScopes.groupRead, graphScopes.directoryRead])(
    "lets a token with only %s read groups",
    async (scope) => {
      const response = await callGraph(`/groups/${seedIds.includedGroup}`, { scopes: [scope] });
      expect(response.status).toBe(200);
    },
  );

  it("does not let a group scope read pools", async () => {
    const pools = "/deviceManagement/embeddedSIMActivationCodePools";
    const response = await callGraph(pools, { scopes: [graphScopes.groupMemberRead] });
    expect(response.status).toBe(403);
  });
});

describe("group routes in the Graph pipeline", () => {
  it("get faults, Graph's headers and case-sensitive paths like every route", async () => {
    graph.faults.add({ method: "GET", path: "/groups", status: 429, retryAfter: "2" });
    const throttled = await callGraph("/groups", { headers: { "client-request-id": "g-1" } });
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get("retry-after")).toBe("2");
    expect(throttled.headers.get("client-request-id")).toBe("g-1");
    expect((await callGraph("/groups")).headers.get("request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect((await callGraph("/Groups")).status).toBe(400);
  });
});
