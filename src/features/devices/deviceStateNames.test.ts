import { stateLabel, usesCode } from "./deviceStateNames";
import { KNOWN_DEVICE_STATES } from "./types";

describe("stateLabel", () => {
  it.each([
    ["notEvaluated", "Not synced"],
    ["installing", "Pending"],
    ["installed", "Active"],
    ["failed", "Failed"],
    ["error", "Error"],
    ["deleting", "Removing"],
    ["deleted", "Removed"],
    ["removedByUser", "Removed by user"],
  ])("names %s as the admin center does: %s", (state, label) => {
    expect(stateLabel(state)).toBe(label);
  });

  it("shows an unknown state as Graph sent it", () => {
    expect(stateLabel("unknownFutureValue")).toBe("unknownFutureValue");
  });
});

describe("usesCode", () => {
  it("counts every state but Not synced as holding a code", () => {
    const holding = KNOWN_DEVICE_STATES.filter(usesCode);
    expect(holding).toEqual([
      "installing",
      "installed",
      "failed",
      "error",
      "deleting",
      "deleted",
      "removedByUser",
    ]);
    expect(usesCode("unknownFutureValue")).toBe(true);
  });
});
