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
  it("counts pools in words", () => {
    expect(poolCountLabel(42, 42, false)).toBe("42 pools");
    expect(poolCountLabel(1, 1, false)).toBe("1 pool");
    expect(poolCountLabel(0, 0, false)).toBe("0 pools");
    expect(poolCountLabel(3, 60, true)).toBe("3 of 60 pools");
    expect(poolCountLabel(1200, 1200, false)).toBe(new Intl.NumberFormat().format(1200) + " pools");
  });
});
