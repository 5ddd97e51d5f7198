import { z } from "zod";

/** embeddedSIMActivationCode: sent when a pool is created, never returned by Graph. */
export interface GraphActivationCode {
  integratedCircuitCardIdentifier: string;
  matchingIdentifier: string;
  smdpPlusServerAddress: string;
}

/** The rules Graph's model documents, verbatim (its error messages quote them). */
export const activationCodePatterns = {
  integratedCircuitCardIdentifier: /^[0-9]{19}[0-9]?$/,
  // Not a literal: lint calls the `\-` needless, but error messages quote Graph's text exactly.
  matchingIdentifier: new RegExp(String.raw`^[a-zA-Z0-9\-]*$`),
  smdpPlusServerAddress: /^([a-zA-Z0-9]+(-[a-zA-Z0-9]+)*\.)+[a-zA-Z]{2,}$/,
} as const;

/** Intune's limit per upload, and so per pool. */
export const MAX_ACTIVATION_CODES_PER_POOL = 1000;

/** For trusted inputs (seed data): Graph's patterns, and a matching id is required. */
export const activationCodeSchema = z.object({
  integratedCircuitCardIdentifier: z
    .string()
    .regex(activationCodePatterns.integratedCircuitCardIdentifier),
  matchingIdentifier: z.string().min(1).regex(activationCodePatterns.matchingIdentifier),
  smdpPlusServerAddress: z.string().regex(activationCodePatterns.smdpPlusServerAddress),
});

/** Host names compare case-insensitively: one provider, however the upload spells it. */
export function smdpHostOf(code: GraphActivationCode): string {
  return code.smdpPlusServerAddress.toLowerCase();
}
