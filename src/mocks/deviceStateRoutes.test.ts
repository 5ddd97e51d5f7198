import { graphScopes } from "./authorization";
import { DEFAULT_DEVICE_STATE_PAGE_SIZE } from "./deviceStateRoutes";
import type { GraphDeviceState } from "./graphStoreData";
import { seedIds } from "./seedData";
import { BIG_POOL_STATE_COUNTS } from "./seedDeviceStates";
import { callGraph, setupTestGraph } from "./testGraph";

const POOLS = "/deviceManagement/embeddedSIMActivationCodePools";
const deviceStatesOf = (poolId: string) => `${POOLS}/${poolId}/deviceStates`;
const UNKNOWN_POOL = "00000000-0000-4000-8000-000000000000";

interface DeviceStatePage {
  "@odata.context": string;
  "@odata.nextLink"?: string;
  value: Partial<GraphDeviceState>[];
}

let pageSize = DEFAULT_DEVICE_STATE_PAGE_SIZE;
const graph = setupTestGraph({ deviceStatePageSize: () => pageSize });
afterEach(() => {
  pageSize = DEFAULT_DEVICE_STATE_PAGE_SIZE;
});

async function readPage(pathOrUrl: string): Promise<DeviceStatePage> {
  const response = await callGraph(pathOrUrl);
  expect(response.status).toBe(200);
  return (await response.json()) as DeviceStatePage;
}

async function readAll(pathOrUrl: string): Promise<DeviceStatePage[]> {
  const pages = [await readPage(pathOrUrl)];
  for (let next = pages[0]?.["@odata.nextLink"]; next; next = pages.at(-1)?.["@odata.nextLink"]) {
    pages.push(await readPage(next));
  }
  return pages;
}

describe("list device states", () => {
  it("pages the big pool's 50,000 states 500 at a time through nextLinks followed verbatim", async () => {
    const pages = await readAll(deviceStatesOf(seedIds.bigPool));

    expect(pages.map((page) => page.value.length)).toEqual(Array(100).fill(500));
    for (const page of pages.slice(0, -1)) {
      expect(page["@odata.nextLink"]).toMatch(
        new RegExp(
          `^https://graph\\.test/beta/deviceManagement/embeddedSIMActivationCodePools/${seedIds.bigPool}/deviceStates\\?\\$skiptoken=`,
        ),
      );
    }
    const rows = pages.flatMap((page) => page.value);
    expect(rows.map((row) => row.id)).toEqual(
      graph.store.listDeviceStates(seedIds.bigPool)?.map((row) => row.id),
    );
    const byState: Record<string, number> = {};
    for (const { state = "" } of rows) byState[state] = (byState[state] ?? 0) + 1;
    expect(byState).toEqual(BIG_POOL_STATE_COUNTS);
  });

  it("says where it came from, and sends Graph's fields", async () => {
    const page = await readPage(deviceStatesOf(seedIds.smallPool));
    expect(page["@odata.context"]).toBe(
      `https://graph.test/beta/$metadata#deviceManagement/embeddedSIMActivationCodePools('${seedIds.smallPool}')/deviceStates`,
    );
    expect(page["@odata.nextLink"]).toBeUndefined();
    expect(page.value).toEqual(graph.store.listDeviceStates(seedIds.smallPool));
  });

  it("reads the page size on every request, so it can change between pages", async () => {
    pageSize = 7;
    const first = await readPage(deviceStatesOf(seedIds.smallPool));
    expect(first.value).toHaveLength(7);
    pageSize = 2;
    const second = await readPage(first["@odata.nextLink"] ?? "");
    expect(second.value.map((row) => row.id)).toEqual(
      graph.store
        .listDeviceStates(seedIds.smallPool)
        ?.slice(7, 9)
        .map((row) => row.id),
    );
  });

  it("uses $top as the page size, capped at the configured one, and keeps it in the nextLink", async () => {
    const page = await readPage(`${deviceStatesOf(seedIds.smallPool)}?$top=5`);
    expect(page.value).toHaveLength(5);
    expect(page["@odata.nextLink"]).toContain("$top=5");
    const capped = await readPage(`${deviceStatesOf(seedIds.bigPool)}?$top=5000`);
    expect(capped.value).toHaveLength(DEFAULT_DEVICE_STATE_PAGE_SIZE);
  });

  it("rejects a bad $top or a forged $skiptoken", async () => {
    expect((await callGraph(`${deviceStatesOf(seedIds.smallPool)}?$top=0`)).status).toBe(400);
    expect((await callGraph(`${deviceStatesOf(seedIds.smallPool)}?$skiptoken=5`)).status).toBe(400);
  });

  it("honours $select (id always), refuses an unknown field, ignores other options", async () => {
    const selected = await readPage(
      `${deviceStatesOf(seedIds.smallPool)}?$select=state,deviceName`,
    );
    expect(Object.keys(selected.value[0] ?? {})).toEqual(["id", "deviceName", "state"]);
    const unknown = await callGraph(`${deviceStatesOf(seedIds.smallPool)}?$select=iccid`);
    expect(unknown.status).toBe(400);
    const filtered = await readPage(
      `${deviceStatesOf(seedIds.smallPool)}?$filter=state eq 'failed'`,
    );
    expect(filtered.value).toHaveLength(12);
  });

  it("answers an empty list for a pool without device states", async () => {
    const page = await readPage(deviceStatesOf(seedIds.emptyPool));
    expect(page.value).toEqual([]);
    expect(page["@odata.nextLink"]).toBeUndefined();
  });

  it("answers 404 for an unknown or deleted pool", async () => {
    const unknown = await callGraph(deviceStatesOf(UNKNOWN_POOL));
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe(
      "ResourceNotFound",
    );
    graph.store.deletePool(seedIds.smallPool);
    expect((await callGraph(deviceStatesOf(seedIds.smallPool))).status).toBe(404);
  });

  it("lets a Read.All token read, and refuses a token without an Intune scope", async () => {
    const readOnly = await callGraph(deviceStatesOf(seedIds.smallPool), {
      scopes: [graphScopes.read],
    });
    expect(readOnly.status).toBe(200);
    const groupsOnly = await callGraph(deviceStatesOf(seedIds.smallPool), {
      scopes: [graphScopes.groupMemberRead],
    });
    expect(groupsOnly.status).toBe(403);
  });
});
