import type { AppConfig } from "../src/config/appConfig";
import { parseConfig } from "../src/config/loadConfig";

export const tenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";

/** A config.json as the app resolves it; a typo in a test's config fails loudly. */
export function appConfig(raw: unknown): AppConfig {
  const parsed = parseConfig(raw, "config.json", "https://esim-admin.contoso.com/");
  if (!parsed.ok) throw new Error(`test config refused: ${JSON.stringify(parsed.problem)}`);
  return parsed.config;
}

export const clientId = "11111111-2222-3333-4444-555555555555";

export function cloudConfig(cloud: string, signInHost: string): AppConfig {
  return appConfig({ auth: { clientId, authority: `https://${signInHost}/${tenantId}` }, cloud });
}
