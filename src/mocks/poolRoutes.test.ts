import { targetTypes } from "./assignmentTarget";
import { graphScopes } from "./authorization";
import { SEED_POOL_COUNT, seedIds } from "./seedData";
import { makeActivationCodes } from "./testActivationCodes";
import { callGraph, setupTestGraph } from "./testGraph";

const POOLS = "/deviceManagement/embeddedSIMActivationCodePools";

interface PoolPage {
  "@odata.context": string;
  "@odata.nextLink"?: string;
  value: { id: string; displayName: string }[];
}

const graph = setupTestGraph();

async function readPage(pathOrUrl: string): Promise<PoolPage> {
  const response = await callGraph(pathOrUrl);
  expect(response.status).toBe(200);
  return (await response.json()) as PoolPage;
}

describe("list pools", () => {
  it("pages 60 pools in 3 pages whose nextLinks, followed verbatim, return the rest", async () => {
    const first = await readPage(POOLS);
    expect(first.value).toHaveLength(25);
    expect(first["@odata.nextLink"]).toMatch(
      /^https:\/\/graph\.test\/beta\/deviceManagement\/embeddedSIMActivationCodePools\?.*\$skiptoken=/,
    );
    const second = await readPage(first["@odata.nextLink"] ?? "");
    expect(second.value).toHaveLength(25);
    const third = await readPage(second["@odata.nextLink"] ?? "");
    expect(third.value).toHaveLength(10);
    expect(third["@odata.nextLink"]).toBeUndefined();

    const ids = [...first.value, ...second.value, ...third.value].map((pool) => pool.id);
    expect(new Set(ids).size).toBe(SEED_POOL_COUNT);
    expect(ids).toEqual(graph.store.listPools().map((pool) => pool.id));
  });

  it("uses $top as the page size, capped at 100, and keeps it in the nextLink", async () => {
    const page = await readPage(`${POOLS}?$top=7`);
    expect(page.value).toHaveLength(7);
    expect(page["@odata.nextLink"]).toContain("$top=7");
    expect((await readPage(`${POOLS}?$top=500`)).value).toHaveLength(SEED_POOL_COUNT);
  });

  it("rejects a bad $top or a forged $skiptoken", async () => {
    expect((await callGraph(`${POOLS}?$top=abc`)).status).toBe(400);
    expect((await callGraph(`${POOLS}?$skiptoken=25`)).status).toBe(400);
  });

  it("honours $select and $expand=assignments", async () => {
    const page = await readPage(`${POOLS}?$select=displayName&$expand=assignments&$top=1`);
    expect(page.value[0]).toEqual({
      id: seedIds.poolWithAssignments,
      displayName: expect.any(String),
      assignments: expect.arrayContaining([expect.objectContaining({ id: expect.any(String) })]),
    });
  });

  it("treats paths case-sensitively, as Graph does", async () => {
    const response = await callGraph("/deviceManagement/embeddedSimActivationCodePools");
    expect(response.status).toBe(400);
  });

  it("sends Graph's headers and echoes client-request-id", async () => {
    const response = await callGraph(POOLS, { headers: { "client-request-id": "abc-123" } });
    expect(response.headers.get("client-request-id")).toBe("abc-123");
    expect(response.headers.get("request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get("date")).toBeTruthy();
    expect(response.headers.get("content-type")).toContain("application/json");
  });

  it("answers 401 InvalidAuthenticationToken without a token", async () => {
    const response = await callGraph(POOLS, { scopes: null });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer /);
    const body = (await response.json()) as { error: { code: string } };
    expect(body.error.code).toBe("InvalidAuthenticationToken");
  });

  it("lets a Read.All token read", async () => {
    const response = await callGraph(POOLS, { scopes: [graphScopes.read] });
    expect(response.status).toBe(200);
  });
});

describe("get and delete a pool", () => {
  it("gets a pool at top level with its count and dates", async () => {
    const response = await callGraph(`${POOLS}/${seedIds.fullPool}`);
    expect(await response.json()).toMatchObject({
      id: seedIds.fullPool,
      activationCodeCount: 1000,
      modifiedDateTime: expect.stringMatching(/Z$/),
    });
  });

  it("answers 404 with an Intune JSON message and the request ids for an unknown pool", async () => {
    const response = await callGraph(`${POOLS}/00000000-0000-4000-8000-000000000000`, {
      headers: { "client-request-id": "c-1" },
    });
    expect(response.status).toBe(404);
    const { error } = (await response.json()) as {
      error: { code: string; message: string; innerError: Record<string, string> };
    };
    expect(error.code).toBe("ResourceNotFound");
    expect(JSON.parse(error.message)).toMatchObject({ _version: 3 });
    expect(error.innerError).toMatchObject({
      "request-id": response.headers.get("request-id"),
      "client-request-id": "c-1",
    });
  });

  it("deletes a pool (204), after which it is gone", async () => {
    const deleted = await callGraph(`${POOLS}/${seedIds.emptyPool}`, { method: "DELETE" });
    expect(deleted.status).toBe(204);
    expect(graph.store.getPool(seedIds.emptyPool)).toBeUndefined();
    expect((await callGraph(`${POOLS}/${seedIds.emptyPool}`)).status).toBe(404);
  });

  it("deletes a pool's assignments, device states and activation codes with it", async () => {
    const poolId = seedIds.smallPool;
    graph.store.seed({
      pools: [
        {
          id: poolId,
          displayName: "Everything",
          assignments: [{ target: { "@odata.type": targetTypes.allDevices } }],
          deviceStates: [{ state: "installed" }],
          activationCodes: makeActivationCodes(2),
        },
      ],
    });
    expect((await callGraph(`${POOLS}/${poolId}`, { method: "DELETE" })).status).toBe(204);
    expect((await callGraph(`${POOLS}/${poolId}/assignments`)).status).toBe(404);
    expect((await callGraph(`${POOLS}/${poolId}/deviceStates`)).status).toBe(404);
    expect(graph.store.listAssignments(poolId)).toBeUndefined();
    expect(graph.store.listDeviceStates(poolId)).toBeUndefined();
    expect(graph.store.activationCodesOf(poolId)).toBeUndefined();
  });
});
