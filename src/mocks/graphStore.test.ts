import { targetTypes } from "./assignmentTarget";
import { createGraphStore } from "./graphStore";
import { createGuidSequence } from "./guid";
import { SEED_POOL_COUNT, seedGroups, seedIds } from "./seedData";

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
    const counts = pools.map((pool) => pool.activationCodeCount);
    expect(Math.min(...counts)).toBe(0);
    expect(Math.max(...counts)).toBe(1000);
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
