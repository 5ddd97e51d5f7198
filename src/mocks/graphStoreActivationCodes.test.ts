import type { GraphActivationCode } from "./activationCode";
import { targetTypes } from "./assignmentTarget";
import { createGraphStore } from "./graphStore";
import { SEED_POOL_COUNT, seedIds } from "./seedData";
import { makeActivationCodes } from "./testActivationCodes";

const NOW = "2025-06-01T12:00:00.000Z";

describe("graph store: creating pools", () => {
  it("appends the pool to the list order, dated now, counting its codes", () => {
    const store = createGraphStore({ now: () => new Date(NOW) });
    const created = store.createPool("Contoso Mobile – Test", makeActivationCodes(3));
    expect(created).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      displayName: "Contoso Mobile – Test",
      createdDateTime: NOW,
      modifiedDateTime: NOW,
      activationCodeCount: 3,
    });
    const pools = store.listPools();
    expect(pools).toHaveLength(SEED_POOL_COUNT + 1);
    expect(pools.at(-1)).toEqual(created);
    expect(store.getPool(created.id)).toEqual(created);
    expect(store.listAssignments(created.id)).toEqual([]);
    expect(store.listDeviceStates(created.id)).toEqual([]);
  });

  it("keeps the codes in the order sent, out of dump(), and hands out copies", () => {
    const store = createGraphStore();
    const codes = makeActivationCodes(3);
    const { id } = store.createPool("Pool", codes);
    codes.reverse();
    const held = store.activationCodesOf(id);
    expect(held).toEqual(makeActivationCodes(3));
    held?.pop();
    expect(store.activationCodesOf(id)).toHaveLength(3);
    expect(store.dump().pools.at(-1)).toEqual({ ...store.getPool(id), assignments: [] });
  });

  it("knows no codes for a seed pool (only their count), and none for an unknown pool", () => {
    const store = createGraphStore();
    expect(store.activationCodesOf(seedIds.fullPool)).toEqual([]);
    expect(store.activationCodesOf("00000000-0000-4000-8000-000000000000")).toBeUndefined();
  });
});

describe("graph store: seeding codes", () => {
  it("seeds codes, counting them unless a count is given; reset() forgets them", () => {
    const store = createGraphStore();
    store.seed({
      pools: [
        { id: seedIds.fullPool, displayName: "Known", activationCodes: makeActivationCodes(2) },
        {
          id: seedIds.emptyPool,
          displayName: "Counted",
          activationCodeCount: 40,
          activationCodes: makeActivationCodes(1, "smdp.fabrikam.example"),
        },
      ],
    });
    expect(store.getPool(seedIds.fullPool)?.activationCodeCount).toBe(2);
    expect(store.getPool(seedIds.emptyPool)?.activationCodeCount).toBe(40);
    expect(store.activationCodesOf(seedIds.fullPool)).toEqual(makeActivationCodes(2));
    expect(store.dump().pools.every((pool) => !("activationCodes" in pool))).toBe(true);

    store.reset();
    expect(store.activationCodesOf(seedIds.fullPool)).toEqual([]);
    expect(store.getPool(seedIds.fullPool)?.activationCodeCount).toBe(1000);
  });

  it("rejects a seeded code that breaks Graph's rules", () => {
    const store = createGraphStore();
    const breaches: Partial<GraphActivationCode>[] = [
      { integratedCircuitCardIdentifier: "123" },
      { matchingIdentifier: "" },
      { smdpPlusServerAddress: "https://smdp.example" },
    ];
    for (const bad of breaches) {
      const pool = {
        id: seedIds.emptyPool,
        displayName: "x",
        activationCodes: makeActivationCodes(1).map((code) => ({ ...code, ...bad })),
      };
      expect(() => store.seed({ pools: [pool] })).toThrow();
    }
    expect(store.listPools()).toHaveLength(SEED_POOL_COUNT);
  });
});

describe("graph store: deleting a pool", () => {
  it("drops its assignments, device states and codes with it", () => {
    const store = createGraphStore();
    store.seed({
      pools: [
        {
          id: seedIds.smallPool,
          displayName: "Everything",
          assignments: [{ target: { "@odata.type": targetTypes.allDevices } }],
          deviceStates: [{ state: "installed" }],
          activationCodes: makeActivationCodes(2),
        },
      ],
    });
    expect(store.deletePool(seedIds.smallPool)).toBe(true);
    expect(store.getPool(seedIds.smallPool)).toBeUndefined();
    expect(store.listAssignments(seedIds.smallPool)).toBeUndefined();
    expect(store.listDeviceStates(seedIds.smallPool)).toBeUndefined();
    expect(store.activationCodesOf(seedIds.smallPool)).toBeUndefined();
    expect(store.deletePool(seedIds.smallPool)).toBe(false);
  });

  it("drops a created pool's codes", () => {
    const store = createGraphStore();
    const { id } = store.createPool("Pool", makeActivationCodes(1));
    expect(store.deletePool(id)).toBe(true);
    expect(store.activationCodesOf(id)).toBeUndefined();
  });
});
