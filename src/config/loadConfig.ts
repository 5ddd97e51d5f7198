import { type AppConfig, resolveConfig } from "./appConfig";
import { getDotPath, safeParse } from "valibot";
import { cloudMismatches } from "./cloudConsistency";
import { appConfigSchema } from "./schema";

export interface ConfigIssue {
  key: string;
  message: string;
}

export type ConfigProblem =
  | { kind: "missing"; url: string; status: number }
  | { kind: "unreachable"; url: string }
  | { kind: "not-json"; url: string }
  | { kind: "invalid"; url: string; issues: ConfigIssue[] };

export type ConfigResult = { ok: true; config: AppConfig } | { ok: false; problem: ConfigProblem };

/** Fetches ./config.json (relative to the page) and validates it before anything else runs. */
export async function loadConfig(
  appUrl: string,
  fetchImpl: typeof fetch = fetch,
): Promise<ConfigResult> {
  const url = new URL("config.json", appUrl).href;
  let response: Response;
  try {
    response = await fetchImpl(url, { cache: "no-store", headers: { Accept: "application/json" } });
  } catch {
    return { ok: false, problem: { kind: "unreachable", url } };
  }
  if (!response.ok)
    return { ok: false, problem: { kind: "missing", url, status: response.status } };

  let json: unknown;
  try {
    json = await response.json();
  } catch {
    return { ok: false, problem: { kind: "not-json", url } };
  }
  return parseConfig(json, url, appUrl);
}

const wholeFileIssue: ConfigIssue = {
  key: "(whole file)",
  message: "must be a JSON object with an auth section",
};

export function parseConfig(json: unknown, url: string, appUrl: string): ConfigResult {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return { ok: false, problem: { kind: "invalid", url, issues: [wholeFileIssue] } };
  }
  const parsed = safeParse(appConfigSchema, json);
  if (!parsed.success) {
    const issues = parsed.issues.map((issue) => {
      const key = getDotPath(issue);
      return key ? { key, message: issue.message } : wholeFileIssue;
    });
    return { ok: false, problem: { kind: "invalid", url, issues } };
  }
  const mismatches = cloudMismatches(parsed.output);
  if (mismatches.length > 0) {
    const issues = mismatches.map(({ path, message }) => ({ key: path.join("."), message }));
    return { ok: false, problem: { kind: "invalid", url, issues } };
  }
  return { ok: true, config: resolveConfig(parsed.output, appUrl) };
}
