import type { OutputFiles } from "./bundleFiles.ts";
import type { BundleFile } from "./viewChunks.ts";

/** Test data: a small build shaped like the app's, rooted at `fakeRoot`. */
export const fakeRoot = "/repo";

type OutputFile = OutputFiles[string];
type FakeChunk = Extract<OutputFile, { type: "chunk" }>;

export function fakeChunk(name: string, parts: Partial<FakeChunk>): FakeChunk {
  return {
    type: "chunk",
    fileName: `assets/${name}-h4sh.js`,
    name,
    // Distinct text per chunk, so each compresses to its own size.
    code: `export const ${name} = "${name.repeat(40)}";`,
    facadeModuleId: null,
    moduleIds: [],
    imports: [],
    dynamicImports: [],
    ...parts,
  };
}

/**
 * index.html's entry imports a runtime and the shared components; the pools page (lazy) imports
 * the components and the pool feature; the redirect bridge page imports nothing of them.
 */
export function fakeOutputs(...extra: OutputFile[]): OutputFiles {
  const files: OutputFile[] = [
    fakeChunk("main", {
      facadeModuleId: `${fakeRoot}/index.html`,
      moduleIds: [`${fakeRoot}/src/main.tsx`, `${fakeRoot}/index.html`],
      imports: ["assets/runtime-h4sh.js", "assets/components-h4sh.js"],
      dynamicImports: ["assets/PoolsPage-h4sh.js"],
    }),
    fakeChunk("runtime", { moduleIds: ["\0rolldown/runtime.js"] }),
    fakeChunk("components", {
      moduleIds: [
        `${fakeRoot}/src/components/index.ts`,
        `${fakeRoot}/src/components/PageHeader.tsx`,
      ],
      imports: ["assets/runtime-h4sh.js"],
    }),
    fakeChunk("PoolsPage", {
      facadeModuleId: `${fakeRoot}/src/pages/PoolsPage.tsx`,
      moduleIds: [`${fakeRoot}/src/pages/PoolsPage.tsx`],
      imports: ["assets/components-h4sh.js", "assets/pools-h4sh.js"],
    }),
    fakeChunk("pools", {
      moduleIds: [`${fakeRoot}/src/features/pools/index.ts`],
      imports: ["assets/components-h4sh.js"],
    }),
    fakeChunk("redirect", { facadeModuleId: `${fakeRoot}/redirect.html` }),
    {
      type: "asset",
      fileName: "index.html",
      names: [],
      originalFileNames: [`${fakeRoot}/index.html`],
      source: "<!doctype html>",
    },
    ...extra,
  ];
  return Object.fromEntries(files.map((file) => [file.fileName, file]));
}

/** A measured file for tests of the arithmetic, where round sizes read better than real ones. */
export function fakeFile(label: string, gzipBytes: number): BundleFile {
  return {
    fileName: `assets/${label}-h4sh.js`,
    label,
    gzipBytes,
    facadeModuleId: null,
    moduleIds: [],
    loads: [],
  };
}
