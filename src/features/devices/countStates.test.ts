import { countStates, stateCountList } from "./countStates";
import { deviceRow } from "./testRows";

describe("countStates", () => {
  it("counts rows per state across pages", () => {
    const pages = [
      [deviceRow("a", "failed"), deviceRow("b", "installed")],
      [deviceRow("c", "failed"), deviceRow("d", "surprise")],
    ];
    expect(Object.fromEntries(countStates(pages))).toEqual({
      failed: 2,
      installed: 1,
      surprise: 1,
    });
  });
});

describe("stateCountList", () => {
  it("lists every known state, zeros included, then unknown states as seen", () => {
    const list = stateCountList(
      new Map([
        ["later", 2],
        ["failed", 3],
        ["earlier", 1],
      ]),
    );
    expect(list.map(({ state }) => state)).toEqual([
      "notEvaluated",
      "installing",
      "installed",
      "failed",
      "error",
      "deleting",
      "deleted",
      "removedByUser",
      "later",
      "earlier",
    ]);
    expect(list.find(({ state }) => state === "failed")?.count).toBe(3);
    expect(list.find(({ state }) => state === "error")?.count).toBe(0);
  });
});
