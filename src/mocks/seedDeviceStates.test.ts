import { createGraphStore } from "./graphStore";
import type { GraphDeviceState } from "./graphStoreData";
import { isGuid } from "./guid";
import { isPatternPool, seedIds, seedPoolIds } from "./seedData";
import {
  BIG_POOL_STATE_COUNTS,
  createSeedDeviceStates,
  KNOWN_DEVICE_STATES,
  ODD_DEVICE_NAMES,
  seedDeviceStatesOf,
  SMALL_POOL_STATE_COUNTS,
  UNKNOWN_DEVICE_STATE,
} from "./seedDeviceStates";

const big = () => seedDeviceStatesOf(seedIds.bigPool);
const small = () => seedDeviceStatesOf(seedIds.smallPool);
const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
const ANCHOR_MS = Date.parse("2026-11-30T12:00:00Z");
const DAY_MS = 86_400_000;

describe("seed device states", () => {
  it("gives the big pool 50,000 states and 52,000 activation codes", () => {
    expect(sum(BIG_POOL_STATE_COUNTS)).toBe(50_000);
    expect(big()).toHaveLength(50_000);
    expect(createGraphStore().getPool(seedIds.bigPool)?.activationCodeCount).toBe(52_000);
    expect(seedIds.bigPool).toBe(seedIds.poolWithAllDevices);
  });

  it("mixes the big pool's states on every page of 500", () => {
    for (let start = 0; start < 50_000; start += 500) {
      const states = new Set(
        big()
          .slice(start, start + 500)
          .map(({ state }) => state),
      );
      expect(states.size, `page at ${start}`).toBeGreaterThanOrEqual(5);
    }
  });

  it("gives the small pool 12 states: every known state and an unknown one", () => {
    expect(seedIds.smallPool).toBe(seedIds.poolWithAssignments);
    expect(small()).toHaveLength(sum(SMALL_POOL_STATE_COUNTS));
    expect(Object.keys(SMALL_POOL_STATE_COUNTS).sort()).toEqual(
      [...KNOWN_DEVICE_STATES, UNKNOWN_DEVICE_STATE].sort(),
    );
  });

  it("puts every odd device name in both pools, one on the big pool's first page", () => {
    const names = (states: readonly GraphDeviceState[]) => states.map((row) => row.deviceName);
    for (const odd of Object.values(ODD_DEVICE_NAMES)) {
      expect(names(small())).toContain(odd);
      expect(names(big())).toContain(odd);
    }
    expect(names(big().slice(0, 500))).toContain(ODD_DEVICE_NAMES.formula);
    expect(names(small())).toEqual(
      expect.arrayContaining(["iPhone de Zoë", "Galaxy S24 – Field 0412"]),
    );
  });

  it("has user names as UPNs and as names with diacritics", () => {
    const users = new Set(big().map((row) => row.userName));
    expect(users).toContain("adele.vance@contoso.com");
    expect(users).toContain("Zoë Ångström");
    expect(users).toContain("José Núñez");
    expect(users).toContain("Björn Öztürk");
    expect(users).toContain(null);
  });

  it("leaves notEvaluated devices unsynced and gives the others a UICCID and a recent sync", () => {
    const isRecent = (sync: string | null, created: string) => {
      const syncedMs = Date.parse(sync ?? "");
      return (
        syncedMs <= ANCHOR_MS &&
        syncedMs >= ANCHOR_MS - 60 * DAY_MS &&
        Date.parse(created) < syncedMs
      );
    };
    // One check per row, reported together: 50,000 expect() calls take seconds.
    const wrong = [...big(), ...small()].filter((row) =>
      row.state === "notEvaluated"
        ? row.lastSyncDateTime !== null || row.universalIntegratedCircuitCardIdentifier !== null
        : !/^8901\d{15,16}$/.test(row.universalIntegratedCircuitCardIdentifier ?? "") ||
          !isRecent(row.lastSyncDateTime, row.createdDateTime),
    );
    expect(wrong).toEqual([]);
    expect(big().filter((row) => row.state === "notEvaluated")).toHaveLength(3_000);
  });

  it("explains failed and error states", () => {
    const failing = big().filter(({ state }) => state === "failed" || state === "error");
    expect(failing.every(({ stateDetails }) => (stateDetails ?? "").length > 10)).toBe(true);
    expect(new Set(failing.map(({ stateDetails }) => stateDetails))).toContain(
      "The activation code was rejected by the SM-DP+ server (error 8.2.6).",
    );
  });

  it("gives the other pattern pools 2 to 6 states, and every other pool none", () => {
    seedPoolIds.forEach((poolId, index) => {
      if (poolId === seedIds.bigPool || poolId === seedIds.smallPool) return;
      const count = seedDeviceStatesOf(poolId).length;
      if (isPatternPool(index)) expect(count, `pool ${index}`).toBeGreaterThanOrEqual(2);
      expect(count, `pool ${index}`).toBeLessThanOrEqual(isPatternPool(index) ? 6 : 0);
    });
    expect(seedDeviceStatesOf(seedIds.emptyPool)).toEqual([]);
  });

  it("is deterministic: generated afresh, the same rows with unique GUIDs", () => {
    expect(createSeedDeviceStates(seedIds.bigPool)).toEqual(big());
    expect(createSeedDeviceStates(seedIds.smallPool)).toEqual(small());
    const ids = big().map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every(isGuid)).toBe(true);
  });

  it("generates once per process and shares the frozen rows", () => {
    expect(seedDeviceStatesOf(seedIds.bigPool)).toBe(big());
    expect(Object.isFrozen(big())).toBe(true);
    expect(Object.isFrozen(big()[0])).toBe(true);
  });
});
