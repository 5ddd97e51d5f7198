import type { Plugin, ResolvedConfig } from "vite";
import { budgetFilePath, readBudgets, writeBaseline } from "./budgetFile.ts";
import { baselineOf, checkBudgets } from "./budgetCheck.ts";
import { bundleFiles } from "./bundleFiles.ts";

const updateFlag = "UPDATE_BYTE_BASELINE";

/**
 * Fails the build when a view of build/byteBudgets.json fetches more gzip bytes than its budget;
 * with UPDATE_BYTE_BASELINE=1 it records every chunk's size as the new baseline instead.
 */
export function byteBudgets(): Plugin {
  let config: ResolvedConfig;
  return {
    name: "byte-budgets",
    apply: "build",
    configResolved(resolved) {
      config = resolved;
    },
    // Not generateBundle: Vite's own generateBundle hooks run after ours and may still edit chunks.
    async writeBundle(_options, bundle) {
      const { root, logger } = config;
      const budgets = readBudgets(root);
      const files = bundleFiles(bundle, root);
      const { table, problems } = checkBudgets(budgets, files, root);
      logger.info(table);
      if (process.env[updateFlag] === "1") {
        await writeBaseline(root, budgets, baselineOf(files));
        logger.info(
          `Byte budgets: baseline of ${files.length} files written to ${budgetFilePath}.`,
        );
        if (problems.length > 0) logger.warn(problems.join("\n\n"));
        return;
      }
      if (problems.length > 0) {
        throw new Error(
          [
            ...problems,
            `Shrink what grew, or raise the budget in ${budgetFilePath}; then ` +
              `${updateFlag}=1 npx vite build records the sizes as the new baseline.`,
          ].join("\n\n"),
        );
      }
    },
  };
}
