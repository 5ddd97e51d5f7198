import { writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Plugin } from "vite";
import { gzip } from "./bundleFiles.ts";

const compressible = /^assets\/.+\.(js|css)$/;

/**
 * Writes `<chunk>.gz` beside each hashed script and stylesheet, at the level the byte budgets
 * count, for nginx's gzip_static. Only assets/: their names change with their content, whereas a
 * deployer edits config.json after the build and a stale .gz beside it would be served instead.
 */
export function precompress(): Plugin {
  let outDir = "";
  return {
    name: "precompress",
    apply: "build",
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async writeBundle(_options, bundle) {
      const writes = Object.values(bundle)
        .filter((file) => compressible.test(file.fileName))
        .map((file) => {
          const content = file.type === "chunk" ? file.code : file.source;
          return writeFile(join(outDir, `${file.fileName}.gz`), gzip(content));
        });
      await Promise.all(writes);
    },
  };
}
