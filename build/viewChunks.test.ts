import { describe, expect, it } from "vitest";
import { bundleFiles } from "./bundleFiles.ts";
import { fakeOutputs, fakeRoot } from "./fakeBundle.ts";
import { viewFiles } from "./viewChunks.ts";

const files = bundleFiles(fakeOutputs(), fakeRoot);

function labels(modules: string[]): string[] {
  return viewFiles(files, fakeRoot, modules)
    .map((file) => file.label)
    .sort();
}

describe("viewFiles", () => {
  it("takes the entry chunk and its static imports, transitively", () => {
    expect(labels(["index.html"])).toEqual(["components", "main", "runtime"]);
  });

  it("leaves out a chunk reached only through a dynamic import", () => {
    expect(labels(["index.html"])).not.toContain("PoolsPage");
  });

  it("counts a chunk shared by two modules of the view once", () => {
    const view = viewFiles(files, fakeRoot, ["index.html", "src/pages/PoolsPage.tsx"]);
    expect(view.map((file) => file.label).sort()).toEqual([
      "PoolsPage",
      "components",
      "main",
      "pools",
      "runtime",
    ]);
  });

  it("finds a module that is no chunk's facade in the chunk holding it", () => {
    expect(labels(["src/components/PageHeader.tsx"])).toEqual(["components", "runtime"]);
  });

  it("refuses a module in no chunk, naming it and the file to update", () => {
    expect(() => viewFiles(files, fakeRoot, ["index.html", "src/app/SignedInApp.tsx"])).toThrow(
      "Byte budgets: module src/app/SignedInApp.tsx is in no chunk; update build/byteBudgets.json",
    );
  });
});
