import { posix } from "node:path";
import { budgetFilePath } from "./budgetFile.ts";

/** A chunk or CSS file of the build: as much of it as the budgets need. */
export interface BundleFile {
  fileName: string;
  /** The name without hash, the same from build to build: the baseline's key. */
  label: string;
  gzipBytes: number;
  facadeModuleId: string | null;
  moduleIds: readonly string[];
  /** What the browser fetches with it: static imports and imported CSS, never dynamic imports. */
  loads: readonly string[];
}

/**
 * The files a view fetches: the chunk of each module (paths relative to `root`) and everything
 * those chunks load, transitively, each file once.
 */
export function viewFiles(
  files: readonly BundleFile[],
  root: string,
  modulePaths: readonly string[],
): BundleFile[] {
  const byFileName = new Map(files.map((file) => [file.fileName, file]));
  const found = new Map<string, BundleFile>();
  const pending = modulePaths.map((modulePath) => fileOf(files, root, modulePath));
  for (let file = pending.pop(); file; file = pending.pop()) {
    if (found.has(file.fileName)) continue;
    found.set(file.fileName, file);
    for (const loaded of file.loads) {
      const next = byFileName.get(loaded);
      if (next) pending.push(next);
    }
  }
  return [...found.values()];
}

/** A lazy import fetches the module's facade chunk, which may only re-export the chunk holding it. */
function fileOf(files: readonly BundleFile[], root: string, modulePath: string): BundleFile {
  const id = posix.join(root, modulePath);
  const file =
    files.find((candidate) => candidate.facadeModuleId === id) ??
    files.find((candidate) => candidate.moduleIds.includes(id));
  if (!file) throw new ModuleNotBundledError(modulePath);
  return file;
}

/** A view names a module the build no longer has: moved, renamed or deleted. */
export class ModuleNotBundledError extends Error {
  constructor(modulePath: string) {
    super(`Byte budgets: module ${modulePath} is in no chunk; update ${budgetFilePath}`);
    this.name = "ModuleNotBundledError";
  }
}
