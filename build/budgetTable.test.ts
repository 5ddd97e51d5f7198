import { describe, expect, it } from "vitest";
import { budgetTable } from "./budgetTable.ts";

describe("budgetTable", () => {
  it("shows each view's gzip size against its budget in kB, flagging those over", () => {
    const table = budgetTable([
      { view: "Sign-in page", gzipBytes: 331_234, budgetBytes: 120_000 },
      { view: "Up to the first pools view", gzipBytes: undefined, budgetBytes: 200_000 },
      { view: "Pool page", gzipBytes: 150_049, budgetBytes: 160_000 },
    ]);
    expect(table).toBe(
      [
        "Byte budgets (gzip level 9):",
        "  view                        gzip kB  budget kB",
        "  Sign-in page                  331.2      120.0  over",
        "  Up to the first pools view        ?      200.0",
        "  Pool page                     150.0      160.0",
      ].join("\n"),
    );
  });
});
