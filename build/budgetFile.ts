import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";

/** Where the budgets live, relative to the project root. */
export const budgetFilePath = "build/byteBudgets.json";

const budgetsSchema = z.strictObject({
  /** View name → the modules (relative to the root) whose chunks it fetches, and its limit. */
  views: z.record(
    z.string(),
    z.strictObject({
      modules: z.array(z.string()).min(1),
      budgetBytes: z.int().positive(),
    }),
  ),
  /** Chunk label → gzip bytes when the baseline was last recorded. */
  baseline: z.record(z.string(), z.int().nonnegative()),
});

export type ByteBudgets = z.infer<typeof budgetsSchema>;
export type Baseline = ByteBudgets["baseline"];

export function readBudgets(root: string): ByteBudgets {
  const text = readFileSync(join(root, budgetFilePath), "utf8");
  const parsed = budgetsSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    throw new Error(
      `Byte budgets: ${budgetFilePath} is malformed:\n${z.prettifyError(parsed.error)}`,
    );
  }
  return parsed.data;
}

/** Only the baseline changes: budgets are a decision, never a side effect of a build. */
export async function writeBaseline(
  root: string,
  budgets: ByteBudgets,
  baseline: Baseline,
): Promise<void> {
  const sorted = Object.fromEntries(
    Object.keys(baseline)
      .sort()
      .map((label) => [label, baseline[label]]),
  );
  const path = join(root, budgetFilePath);
  // Formatted as `prettier --check` expects, so an update never breaks the lint step.
  const { format, resolveConfig } = await import("prettier");
  const options = { ...(await resolveConfig(path)), filepath: path };
  writeFileSync(
    path,
    await format(JSON.stringify({ ...budgets, baseline: sorted }, null, 2), options),
  );
}
