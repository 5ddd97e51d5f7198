import { z } from "zod";
import { cloudMismatches } from "./cloudConsistency";
import { cloudNames } from "./clouds";

const httpsUrl = z
  .url({ protocol: /^https$/, error: "must be an https:// URL" })
  .describe("https URL");

/** Tokens travel to these URLs: https only, except loopback for a local stack. */
const secureUrl = z.url({ error: "must be an absolute URL" }).refine(isHttpsOrLoopback, {
  error: "must be an https:// URL (plain http only on 127.0.0.1 or localhost)",
});

const authorityMetadata = z.union(
  [
    z.string().refine(isJsonObject, { error: "must be OpenID discovery JSON (object or string)" }),
    z.record(z.string(), z.unknown()),
  ],
  { error: "must be OpenID discovery JSON (object or string)" },
);

/** The runtime config.json contract (design.md). Unknown extra keys are allowed and ignored. */
export const appConfigSchema = z
  .object({
    auth: z.object(
      {
        clientId: z
          .string({ error: "is required: the Application (client) ID of the SPA registration" })
          .trim()
          .min(1, { error: "is required: the Application (client) ID of the SPA registration" }),
        authority: httpsUrl,
        knownAuthorities: z.array(z.string().min(1)).optional(),
        authorityMetadata: authorityMetadata.optional(),
        redirectUri: secureUrl.optional(),
      },
      { error: "is required: an object with clientId and authority" },
    ),
    graph: z
      .object({
        baseUrl: secureUrl.optional(),
        scopes: z.array(z.string().min(1)).min(1).optional(),
        groupScopes: z.array(z.string().min(1)).min(1).optional(),
      })
      .optional(),
    cloud: z.enum(cloudNames, { error: `must be one of ${cloudNames.join(", ")}` }).optional(),
    demo: z.boolean().optional(),
  })
  .superRefine((config, ctx) => {
    for (const mismatch of cloudMismatches(config)) {
      ctx.addIssue({ code: "custom", path: mismatch.path, message: mismatch.message });
    }
  });

export type RawAppConfig = z.infer<typeof appConfigSchema>;

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
