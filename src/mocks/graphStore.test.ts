import { targetTypes } from "./assignmentTarget";
import { createGraphStore } from "./graphStore";
import { createGuidSequence } from "./guid";
import { BIG_POOL_ACTIVATION_CODE_COUNT, SEED_POOL_COUNT, seedGroups, seedIds } from "./seedData";
import { BIG_POOL_STATE_COUNTS, SMALL_POOL_STATE_COUNTS } from "./seedDeviceStates";

describe("graph store seed", () => {
  it("is deterministic: same ids, names and dates every time", () => {
    expect(createGraphStore().dump()).toEqual(createGraphStore().dump());
  });

  it("has 60 realistic pools, about a third of them targeted", () => {
    const { pools } = createGraphStore().dump();
    expect(pools).toHaveLength(SEED_POOL_COUNT);
    expect(new Set(pools.map((pool) => pool.displayName)).size).toBe(SEED_POOL_COUNT);
    const targeted = pools.filter((pool) => pool.assignments.length > 0);
    expect(targeted.length).toBe(SEED_POOL_COUNT / 3);
    expect(targeted.every((pool) => pool.assignments.length <= 3)).toBe(true);
    const counts = pools
      .filter((pool) => pool.id !== seedIds.bigPool)
      .map((pool) => pool.activationCodeCount);
    expect(Math.min(...counts)).toBe(0);
    expect(Math.max(...counts)).toBe(1000);
    expect(pools[3]).toMatchObject({
      id: seedIds.bigPool,
      activationCodeCount: BIG_POOL_ACTIVATION_CODE_COUNT,
    });
    const ids = pools.map((pool) => pool.id);
    expect(ids).not.toEqual([...ids].sort());
  });

  it("knows its well-known ids", () => {
    const store = createGraphStore();
    expect(store.listPools()[0]?.id).toBe(seedIds.poolWithAssignments);
    expect(store.listAssignments(seedIds.emptyPool)).toEqual([]);
    expect(store.getPool(seedIds.emptyPool)?.activationCodeCount).toBe(0);
    expect(store.listAssignments(seedIds.poolWithAllDevices)?.[0]?.target["@odata.type"]).toBe(
      targetTypes.allDevices,
    );
  });

  it("seed() replaces the contents, filling defaults, and reset() restores the seed", () => {
    const store = createGraphStore();
    store.seed({
      pools: [
        {
          id: seedIds.emptyPool,
          displayName: "Only pool",
          assignments: [
            { target: { "@odata.type": "microsoft.graph.allDevicesAssignmentTarget" } },
          ],
        },
      ],
    });
    const [only] = store.dump().pools;
    expect(only).toMatchObject({
      displayName: "Only pool",
      activationCodeCount: 0,
      assignments: [
        {
          target: {
            "@odata.type": targetTypes.allDevices,
            deviceAndAppManagementAssignmentFilterType: "none",
          },
        },
      ],
    });
    store.reset();
    expect(store.listPools()).toHaveLength(SEED_POOL_COUNT);
  });

  it("seed() rejects invalid data and keeps the old contents", () => {
    const store = createGraphStore();
    expect(() => store.seed({ pools: [{ id: "not-a-guid", displayName: "x" }] })).toThrow();
    expect(() =>
      store.seed({
        pools: [
          {
            id: seedIds.emptyPool,
            displayName: "x",
            assignments: [{ target: { "@odata.type": targetTypes.group } }],
          },
        ],
      }),
    ).toThrow();
    expect(store.listPools()).toHaveLength(SEED_POOL_COUNT);
  });
});

describe("graph store groups", () => {
  it("seeds 30+ groups, the first six with the ids and names pools have always used", () => {
    const groups = createGraphStore().listGroups();
    expect(groups.length).toBeGreaterThanOrEqual(30);
    expect(new Set(groups.map((group) => group.id)).size).toBe(groups.length);
    const nextId = createGuidSequence(0x6e0f);
    expect(groups.slice(0, 6).map(({ id, displayName }) => ({ id, displayName }))).toEqual([
      { id: nextId(), displayName: "Field Engineers – Devices" },
      { id: nextId(), displayName: "Retail Tablets" },
      { id: nextId(), displayName: "Executive Phones" },
      { id: nextId(), displayName: "Warehouse Scanners" },
      { id: nextId(), displayName: "Contractors – BYOD (excluded)" },
      { id: nextId(), displayName: "Spare Devices" },
    ]);
    expect(groups[0]?.id).toBe(seedIds.includedGroup);
  });

  it("has a pool assigned to a group that no longer exists, beside one that does", () => {
    const store = createGraphStore();
    const groupIds = store
      .listAssignments(seedIds.poolWithDeletedGroup)
      ?.map(({ target }) => ("groupId" in target ? target.groupId : undefined));
    expect(groupIds).toEqual([seedGroups.fieldEngineersTablets.id, seedIds.deletedGroup]);
    expect(store.getGroup(seedIds.deletedGroup)).toBeUndefined();
    expect(store.getGroup(seedGroups.fieldEngineersTablets.id)?.displayName).toBe(
      "Field Engineers – Tablets",
    );
  });

  it("dump() and seed() round-trip pools and groups", () => {
    const store = createGraphStore();
    const dumped = store.dump();
    expect(dumped.groups).toEqual(store.listGroups());
    const other = createGraphStore();
    other.seed({ pools: [], groups: [] });
    other.seed(dumped);
    expect(other.dump()).toEqual(dumped);
  });

  it("seed() fills group defaults, and keeps the seed's groups when groups are left out", () => {
    const store = createGraphStore();
    const id = "0A6B2C4D-1E2F-4A5B-8C7D-9E0F1A2B3C4D";
    store.seed({ pools: [], groups: [{ id, displayName: "Café Phones" }] });
    expect(store.dump().groups).toEqual([
      {
        id: id.toLowerCase(),
        displayName: "Café Phones",
        description: null,
        groupTypes: [],
        securityEnabled: true,
        mailEnabled: false,
        membershipRule: null,
        membershipRuleProcessingState: null,
        mailNickname: "CafePhones",
        createdDateTime: "2024-01-01T00:00:00.000Z",
      },
    ]);
    expect(store.getGroup(id)?.displayName).toBe("Café Phones");

    store.seed({ pools: [] });
    expect(store.listGroups()).toEqual(createGraphStore().listGroups());
  });

  it("seed() rejects duplicate or malformed groups and keeps the old contents", () => {
    const store = createGraphStore();
    const group = { id: seedIds.includedGroup, displayName: "Twice" };
    expect(() => store.seed({ pools: [], groups: [group, group] })).toThrow();
    expect(() => store.seed({ pools: [], groups: [{ id: "x", displayName: "Bad id" }] })).toThrow();
    expect(store.listGroups()).toEqual(createGraphStore().listGroups());
  });
});

describe("graph store device states", () => {
  const UNKNOWN_POOL = "00000000-0000-4000-8000-000000000000";

  it("counts the seed's states exactly as the exported constants say", () => {
    const store = createGraphStore();
    expect(store.countDeviceStates(seedIds.bigPool)).toEqual({
      total: 50_000,
      byState: BIG_POOL_STATE_COUNTS,
    });
    expect(store.countDeviceStates(seedIds.smallPool)).toEqual({
      total: 12,
      byState: SMALL_POOL_STATE_COUNTS,
    });
    expect(store.countDeviceStates(seedIds.emptyPool)).toEqual({ total: 0, byState: {} });
    expect(store.countDeviceStates(UNKNOWN_POOL)).toBeUndefined();
    expect(store.listDeviceStates(UNKNOWN_POOL)).toBeUndefined();
  });

  it("leaves device states out of dump()", () => {
    const { pools } = createGraphStore().dump();
    expect(pools.every((pool) => !("deviceStates" in pool))).toBe(true);
  });

  it("seed() holds exactly the seeded states, filling defaults, and reset() regenerates", () => {
    const store = createGraphStore();
    store.seed({
      pools: [
        { id: seedIds.bigPool, displayName: "Big no more", deviceStates: [{ state: "failed" }] },
        { id: seedIds.smallPool, displayName: "Without states" },
      ],
    });
    expect(store.listDeviceStates(seedIds.bigPool)).toEqual([
      {
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        createdDateTime: "2024-01-01T00:00:00.000Z",
        modifiedDateTime: "2024-01-01T00:00:00.000Z",
        lastSyncDateTime: null,
        universalIntegratedCircuitCardIdentifier: null,
        deviceName: null,
        userName: null,
        state: "failed",
        stateDetails: null,
      },
    ]);
    expect(store.listDeviceStates(seedIds.smallPool)).toEqual([]);
    expect(store.dump().pools.every((pool) => !("deviceStates" in pool))).toBe(true);
    store.reset();
    expect(store.countDeviceStates(seedIds.bigPool)?.total).toBe(50_000);
  });

  it("seed() rejects a device state without a state, or two with one id", () => {
    const store = createGraphStore();
    const pool = (deviceStates: { id?: string; state: string }[]) => ({
      pools: [{ id: seedIds.emptyPool, displayName: "x", deviceStates }],
    });
    expect(() => store.seed(pool([{ state: "" }]))).toThrow();
    const id = seedIds.includedGroup;
    expect(() =>
      store.seed(
        pool([
          { id, state: "installed" },
          { id, state: "failed" },
        ]),
      ),
    ).toThrow();
    expect(store.countDeviceStates(seedIds.smallPool)?.total).toBe(12);
  });

  it("drops a pool's states with the pool, seeded or generated", () => {
    const store = createGraphStore();
    expect(store.deletePool(seedIds.bigPool)).toBe(true);
    expect(store.listDeviceStates(seedIds.bigPool)).toBeUndefined();
    expect(store.countDeviceStates(seedIds.bigPool)).toBeUndefined();

    store.seed({
      pools: [{ id: seedIds.emptyPool, displayName: "x", deviceStates: [{ state: "installed" }] }],
    });
    store.deletePool(seedIds.emptyPool);
    expect(store.listDeviceStates(seedIds.emptyPool)).toBeUndefined();
  });
});
