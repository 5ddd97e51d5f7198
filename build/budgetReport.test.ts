import { describe, expect, it } from "vitest";
import { overBudgetReport } from "./budgetReport.ts";
import { fakeFile } from "./fakeBundle.ts";

const files = [fakeFile("main", 1000), fakeFile("components", 5000), fakeFile("PoolsPage", 300)];

describe("overBudgetReport", () => {
  it("names the view, the excess and each chunk that grew, largest growth first", () => {
    const baseline = { main: 990, components: 4500, PoolsPage: 300, gone: 7 };
    expect(overBudgetReport({ name: "Pools", budgetBytes: 6000, files }, baseline)).toBe(
      [
        'Byte budgets: "Pools" is 300 bytes over its budget (6300 of 6000 bytes gzip).',
        "  components: 4500 → 5000 bytes (+500)",
        "  main: 990 → 1000 bytes (+10)",
      ].join("\n"),
    );
  });

  it("reports a chunk missing from the baseline as new, by its whole size", () => {
    const baseline = { main: 900, components: 5000 };
    expect(overBudgetReport({ name: "Pools", budgetBytes: 6000, files }, baseline)).toBe(
      [
        'Byte budgets: "Pools" is 300 bytes over its budget (6300 of 6000 bytes gzip).',
        "  PoolsPage: new chunk, 300 bytes",
        "  main: 900 → 1000 bytes (+100)",
      ].join("\n"),
    );
  });

  it("lists what the view loads when no chunk grew", () => {
    const baseline = { main: 1000, components: 5000, PoolsPage: 310 };
    expect(overBudgetReport({ name: "Pools", budgetBytes: 6000, files }, baseline)).toBe(
      [
        'Byte budgets: "Pools" is 300 bytes over its budget (6300 of 6000 bytes gzip).',
        "  No chunk grew against the baseline (a chunk moved into the view, or the view never fit); it loads now:",
        "    components: 5000 bytes",
        "    main: 1000 bytes",
        "    PoolsPage: 300 bytes",
      ].join("\n"),
    );
  });
});
