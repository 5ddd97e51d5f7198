import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { bundleFiles, gzipBytes } from "./bundleFiles.ts";
import { fakeChunk, fakeOutputs, fakeRoot } from "./fakeBundle.ts";

function fileLabelled(label: string, outputs = fakeOutputs()) {
  return bundleFiles(outputs, fakeRoot).find((file) => file.label === label);
}

describe("bundleFiles", () => {
  it("labels a chunk by its name and measures it", () => {
    const code = fakeOutputs()["assets/main-h4sh.js"];
    expect(fileLabelled("main")?.gzipBytes).toBe(
      gzipBytes(code?.type === "chunk" ? code.code : ""),
    );
  });

  it("loads static imports, not dynamic ones", () => {
    expect(fileLabelled("main")?.loads).toEqual([
      "assets/runtime-h4sh.js",
      "assets/components-h4sh.js",
    ]);
  });

  it("tells two chunks of the same name apart by the module they come from", () => {
    const twin = fakeChunk("pools", {
      fileName: "assets/pools-0th3r.js",
      moduleIds: [`${fakeRoot}/src/pages/pools/index.ts`],
    });
    const labels = bundleFiles(fakeOutputs(twin), fakeRoot).map((file) => file.label);
    expect(labels).toContain("pools (src/features/pools/index.ts)");
    expect(labels).toContain("pools (src/pages/pools/index.ts)");
    expect(labels).not.toContain("pools");
  });

  it("keeps the CSS files a chunk imports and drops other assets", () => {
    const styled = fakeChunk("styled", {
      viteMetadata: { importedCss: new Set(["assets/styled.css"]) },
    });
    const css = "body { margin: 0 }";
    const sheet = {
      type: "asset" as const,
      fileName: "assets/styled.css",
      names: ["styled.css"],
      originalFileNames: [],
      source: css,
    };
    const files = bundleFiles(fakeOutputs(styled, sheet), fakeRoot);
    expect(files.find((file) => file.label === "styled")?.loads).toEqual(["assets/styled.css"]);
    expect(files.find((file) => file.label === "styled.css")?.gzipBytes).toBe(gzipBytes(css));
    expect(files.map((file) => file.fileName)).not.toContain("index.html");
  });
});

describe("gzipBytes", () => {
  it("counts gzip level 9, smaller than nginx's default level 1", () => {
    const code = Array.from({ length: 3000 }, (_, i) => `const v${i} = ${(i * 7919) % 1000};`).join(
      "\n",
    );
    expect(gzipBytes(code)).toBe(gzipSync(code, { level: 9 }).length);
    expect(gzipBytes(code)).toBeLessThan(gzipSync(code, { level: 1 }).length);
  });
});
