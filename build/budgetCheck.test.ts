import { describe, expect, it } from "vitest";
import { baselineOf, checkBudgets } from "./budgetCheck.ts";
import type { ByteBudgets } from "./budgetFile.ts";
import { bundleFiles } from "./bundleFiles.ts";
import { fakeOutputs, fakeRoot } from "./fakeBundle.ts";
import { viewBytes } from "./budgetReport.ts";
import { viewFiles } from "./viewChunks.ts";

const files = bundleFiles(fakeOutputs(), fakeRoot);
const baseline = baselineOf(files);
const signInBytes = viewBytes(viewFiles(files, fakeRoot, ["index.html"]));
const poolsModules = ["index.html", "src/pages/PoolsPage.tsx"];
const poolsBytes = viewBytes(viewFiles(files, fakeRoot, poolsModules));

function budgets(views: ByteBudgets["views"], recorded = baseline): ByteBudgets {
  return { views, baseline: recorded };
}

describe("checkBudgets", () => {
  it("finds no problem when every view fits, and tabulates them", () => {
    const check = checkBudgets(
      budgets({
        "Sign-in page": { modules: ["index.html"], budgetBytes: signInBytes },
        "Pools page": { modules: poolsModules, budgetBytes: poolsBytes + 1 },
      }),
      files,
      fakeRoot,
    );
    expect(check.problems).toEqual([]);
    expect(check.table).toMatch(/^ {2}Sign-in page +[\d.]+ +[\d.]+$/m);
    expect(check.table).toMatch(/^ {2}Pools page +[\d.]+ +[\d.]+$/m);
  });

  it("reports a view over budget with the chunk that grew", () => {
    const grownFrom = { ...baseline, components: (baseline.components ?? 0) - 40 };
    const check = checkBudgets(
      budgets(
        {
          "Sign-in page": { modules: ["index.html"], budgetBytes: signInBytes },
          "Pools page": { modules: poolsModules, budgetBytes: poolsBytes - 1 },
        },
        grownFrom,
      ),
      files,
      fakeRoot,
    );
    expect(check.problems).toHaveLength(1);
    expect(check.problems[0]).toContain('"Pools page" is 1 bytes over its budget');
    expect(check.problems[0]).toContain(`components: ${grownFrom.components} → `);
    expect(check.table).toMatch(/Pools page .* over$/m);
  });

  it("reports a module in no chunk once, however many views name it", () => {
    const signedIn = ["index.html", "src/app/SignedInApp.tsx"];
    const check = checkBudgets(
      budgets({
        "Up to the first pools view": { modules: signedIn, budgetBytes: 200_000 },
        "Pool page": { modules: signedIn, budgetBytes: 200_000 },
      }),
      files,
      fakeRoot,
    );
    expect(check.problems).toEqual([
      "Byte budgets: module src/app/SignedInApp.tsx is in no chunk; update build/byteBudgets.json",
    ]);
    expect(check.table).toMatch(/Pool page +\? +200\.0$/m);
  });
});
