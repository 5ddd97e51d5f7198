import { readFile } from "node:fs/promises";
import type { AppConfig } from "../src/config/appConfig";
import { exampleFor } from "../src/config/configExamples";
import { parseConfig } from "../src/config/loadConfig";

export type ConfigFileResult = { ok: true; config: AppConfig } | { ok: false; problems: string[] };

// Only the default redirect URI depends on the site's address, and no header depends on it.
const anySiteUrl = "https://esim-admin.invalid/";

/** config.json as the app will read it, refused with one sentence per bad key like the app's page. */
export async function readConfigFile(path: string): Promise<ConfigFileResult> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [`${path} could not be read (${reason}).`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      problems: [`${path} is not valid JSON: check it for a missing comma or quote.`],
    };
  }
  const parsed = parseConfig(json, path, anySiteUrl);
  if (parsed.ok) return parsed;
  if (parsed.problem.kind !== "invalid") return { ok: false, problems: [`${path} is not usable.`] };
  return {
    ok: false,
    problems: parsed.problem.issues.map(
      (issue) => `${path}: ${issue.key} ${issue.message}; for example ${exampleFor(issue.key)}.`,
    ),
  };
}
