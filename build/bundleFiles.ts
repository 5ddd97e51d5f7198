import { relative } from "node:path";
import { gzipSync } from "node:zlib";
import type { BundleFile } from "./viewChunks.ts";

interface OutputChunk {
  type: "chunk";
  fileName: string;
  name: string;
  code: string;
  facadeModuleId: string | null;
  moduleIds: readonly string[];
  imports: readonly string[];
  /** Fetched when the code asks, not with the chunk: never counted. */
  dynamicImports: readonly string[];
  viteMetadata?: { importedCss: ReadonlySet<string> };
}

interface OutputAsset {
  type: "asset";
  fileName: string;
  names: readonly string[];
  originalFileNames: readonly string[];
  source: string | Uint8Array;
}

/** The part of rolldown's output bundle the budgets read. */
export type OutputFiles = Record<string, OutputChunk | OutputAsset>;

/** The level the budgets count, and the one the build's .gz files are written at. */
export function gzip(content: string | Uint8Array): Buffer {
  return gzipSync(content, { level: 9 });
}

export function gzipBytes(content: string | Uint8Array): number {
  return gzip(content).length;
}

/** Every chunk and CSS file of the bundle, measured and labelled. */
export function bundleFiles(bundle: OutputFiles, root: string): BundleFile[] {
  const outputs = Object.values(bundle).filter(
    (output) => output.type === "chunk" || output.fileName.endsWith(".css"),
  );
  const names = outputs.map(nameOf);
  return outputs.map((output, index) => {
    const name = names[index] ?? output.fileName;
    // Rolldown names two `a/index.ts` chunks both "a"; the baseline needs one key per file.
    const shared = names.indexOf(name) !== names.lastIndexOf(name);
    return { ...measure(output), label: shared ? `${name} (${originOf(output, root)})` : name };
  });
}

function measure(output: OutputChunk | OutputAsset): Omit<BundleFile, "label"> {
  if (output.type === "asset") {
    return {
      fileName: output.fileName,
      gzipBytes: gzipBytes(output.source),
      facadeModuleId: null,
      moduleIds: [],
      loads: [],
    };
  }
  return {
    fileName: output.fileName,
    gzipBytes: gzipBytes(output.code),
    facadeModuleId: output.facadeModuleId,
    moduleIds: output.moduleIds,
    loads: [...output.imports, ...(output.viteMetadata?.importedCss ?? [])],
  };
}

function nameOf(output: OutputChunk | OutputAsset): string {
  return output.type === "chunk" ? output.name : (output.names[0] ?? output.fileName);
}

function originOf(output: OutputChunk | OutputAsset, root: string): string {
  const id =
    output.type === "chunk"
      ? (output.facadeModuleId ?? output.moduleIds[0])
      : output.originalFileNames[0];
  return id ? relative(root, id) : output.fileName;
}
