// Valibot, not zod, for this one schema: config.json is checked before the first paint, and
// valibot's per-function modules keep that script small. Zod's core is shared with every Graph
// schema, so importing even zod/mini here put all of it in the sign-in page (16 kB gzip).
import * as v from "valibot";
import { cloudNames } from "./clouds";

const canParseUrl = (value: string) => URL.canParse(value);

const httpsUrl = v.pipe(
  v.string("must be an https:// URL"),
  v.check(
    (value) => canParseUrl(value) && new URL(value).protocol === "https:",
    "must be an https:// URL",
  ),
);

/** Tokens travel to these URLs: https only, except loopback for a local stack. */
const secureUrl = v.pipe(
  v.string("must be an absolute URL"),
  v.check(canParseUrl, "must be an absolute URL"),
  v.check(
    (value) => !canParseUrl(value) || isHttpsOrLoopback(value),
    "must be an https:// URL (plain http only on 127.0.0.1 or localhost)",
  ),
);

const discoveryJson = "must be OpenID discovery JSON (object or string)";
const authorityMetadata = v.union(
  [v.pipe(v.string(), v.check(isJsonObject, discoveryJson)), v.record(v.string(), v.unknown())],
  discoveryJson,
);

const nonEmptyStrings = v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(1));
const clientIdRequired = "is required: the Application (client) ID of the SPA registration";

/**
 * The runtime config.json contract (design.md). Unknown extra keys are allowed and ignored.
 * Whether the hosts match the cloud is checked after it: see cloudMismatches.
 */
export const appConfigSchema = v.object({
  auth: v.object(
    {
      clientId: v.pipe(v.string(clientIdRequired), v.trim(), v.minLength(1, clientIdRequired)),
      authority: httpsUrl,
      knownAuthorities: v.optional(v.array(v.pipe(v.string(), v.minLength(1)))),
      authorityMetadata: v.optional(authorityMetadata),
      redirectUri: v.optional(secureUrl),
    },
    "is required: an object with clientId and authority",
  ),
  graph: v.optional(
    v.object({
      baseUrl: v.optional(secureUrl),
      scopes: v.optional(nonEmptyStrings),
      groupScopes: v.optional(nonEmptyStrings),
    }),
  ),
  cloud: v.optional(v.picklist(cloudNames, `must be one of ${cloudNames.join(", ")}`)),
  demo: v.optional(v.boolean()),
});

export type RawAppConfig = v.InferOutput<typeof appConfigSchema>;

function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

function isHttpsOrLoopback(value: string): boolean {
  const url = new URL(value);
  if (url.protocol === "https:") return true;
  return url.protocol === "http:" && ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
}
