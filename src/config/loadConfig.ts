import { type AppConfig, resolveConfig } from "./appConfig";
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

export function parseConfig(json: unknown, url: string, appUrl: string): ConfigResult {
  const parsed = appConfigSchema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      key: issue.path.join(".") || "(whole file)",
      message: issue.path.length ? issue.message : "must be a JSON object with an auth section",
    }));
    return { ok: false, problem: { kind: "invalid", url, issues } };
  }
  return { ok: true, config: resolveConfig(parsed.data, appUrl) };
}
