import { writeFile } from "node:fs/promises";
import { format, resolveConfig } from "prettier";
import { benchDir } from "../stack/paths";
import type { BenchResults } from "./benchResults";
import { summaryRows } from "./summaryRows";

export const resultsJsonPath = `${benchDir}/results.json`;
export const resultsMarkdownPath = `${benchDir}/results.md`;

/**
 * Both files as Prettier writes them (they are committed, and `npm run lint` checks them).
 * Returns the Markdown as written.
 */
export async function writeResultFiles(results: BenchResults, markdown: string): Promise<string> {
  const goals = summaryRows(results).filter((row) => row.met !== null);
  const json = await prettier(resultsJsonPath, JSON.stringify({ ...results, goals }));
  const formattedMarkdown = await prettier(resultsMarkdownPath, markdown);
  await writeFile(resultsJsonPath, json);
  await writeFile(resultsMarkdownPath, formattedMarkdown);
  return formattedMarkdown;
}

async function prettier(filepath: string, text: string): Promise<string> {
  const options = (await resolveConfig(filepath)) ?? {};
  return format(text, { ...options, filepath });
}
