import { codeUse } from "./codesInUse";

const counts = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe("codeUse", () => {
  it("counts every state but Not synced against the pool's codes", () => {
    const use = codeUse(counts({ installed: 800, failed: 32, notEvaluated: 50 }), 1000);
    expect(use).toEqual({ inUse: 832, total: 1000, left: 168, runningLow: false });
  });

  it("warns under 10% left, not at exactly 10%", () => {
    expect(codeUse(counts({ installed: 901 }), 1000).runningLow).toBe(true);
    expect(codeUse(counts({ installed: 900 }), 1000).runningLow).toBe(false);
  });

  it("never shows fewer than zero left, and warns when none are left", () => {
    expect(codeUse(counts({ installed: 12 }), 10)).toMatchObject({ left: 0, runningLow: true });
    expect(codeUse(counts({}), 0)).toMatchObject({ left: 0, runningLow: true });
  });

  it("does not guess when the pool's size is unknown", () => {
    expect(codeUse(counts({ installed: 3 }), null)).toEqual({
      inUse: 3,
      total: null,
      left: null,
      runningLow: false,
    });
  });
});
