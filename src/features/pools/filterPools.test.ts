import { filterPools, poolCountLabel } from "./filterPools";
import type { Pool } from "./types";

const pool = (id: string, displayName: string): Pool => ({
  id,
  displayName,
  activationCodeCount: 0,
  createdDateTime: null,
  modifiedDateTime: null,
});

describe("filterPools", () => {
  const pools = [pool("1", "Contoso Mobile – Europe"), pool("2", "Fabrikam LTE"), pool("3", "")];

  it("matches part of the name, ignoring case and surrounding spaces", () => {
    expect(filterPools(pools, "  contoso ").map((p) => p.id)).toEqual(["1"]);
    expect(filterPools(pools, "LTE").map((p) => p.id)).toEqual(["2"]);
  });

  it("keeps every pool for an empty filter", () => {
    expect(filterPools(pools, "   ")).toBe(pools);
  });
});

describe("poolCountLabel", () => {
  const complete = { filtered: false, progress: "complete" } as const;

  it("counts a complete list in words", () => {
    expect(poolCountLabel({ ...complete, shown: 42, loaded: 42 })).toBe("42 pools");
    expect(poolCountLabel({ ...complete, shown: 1, loaded: 1 })).toBe("1 pool");
    expect(poolCountLabel({ ...complete, shown: 0, loaded: 0 })).toBe("0 pools");
    expect(poolCountLabel({ shown: 3, loaded: 60, filtered: true, progress: "complete" })).toBe(
      "3 of 60 pools",
    );
    expect(poolCountLabel({ ...complete, shown: 1200, loaded: 1200 })).toBe(
      new Intl.NumberFormat().format(1200) + " pools",
    );
  });

  it("says it is still counting while pages arrive", () => {
    const counting = { progress: "counting" } as const;
    expect(poolCountLabel({ ...counting, shown: 100, loaded: 100, filtered: false })).toBe(
      "100 pools so far, still counting…",
    );
    expect(poolCountLabel({ ...counting, shown: 1, loaded: 1, filtered: false })).toBe(
      "1 pool so far, still counting…",
    );
    expect(poolCountLabel({ ...counting, shown: 12, loaded: 300, filtered: true })).toBe(
      "12 of 300 pools so far, still counting…",
    );
  });

  it("never gives a total that looks complete once a page failed", () => {
    const stopped = { progress: "stopped" } as const;
    expect(poolCountLabel({ ...stopped, shown: 300, loaded: 300, filtered: false })).toBe(
      "300 pools loaded, the rest could not be loaded",
    );
    expect(poolCountLabel({ ...stopped, shown: 12, loaded: 300, filtered: true })).toBe(
      "12 of 300 loaded pools, the rest could not be loaded",
    );
  });
});
