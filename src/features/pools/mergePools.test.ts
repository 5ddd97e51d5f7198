import { mergePools } from "./mergePools";
import type { Pool } from "./types";

const pool = (id: string, activationCodeCount = 0): Pool => ({
  id,
  displayName: `Pool ${id}`,
  activationCodeCount,
  createdDateTime: null,
  modifiedDateTime: null,
});

describe("mergePools", () => {
  it("adds new pools at the end and replaces a known one where it stands", () => {
    const merged = mergePools([pool("a"), pool("b")], [pool("b", 7), pool("c")]);
    expect(merged.map(({ id }) => id)).toEqual(["a", "b", "c"]);
    expect(merged[1]?.activationCodeCount).toBe(7);
  });

  it("leaves the known list as it was", () => {
    const known = [pool("a")];
    mergePools(known, [pool("b")]);
    expect(known).toEqual([pool("a")]);
  });
});
