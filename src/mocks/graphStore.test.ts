import { targetTypes } from "./assignmentTarget";
import { createGraphStore } from "./graphStore";
import { SEED_POOL_COUNT, seedIds } from "./seedData";

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
