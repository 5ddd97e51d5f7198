import { z } from "zod";
import { assignmentTargetSchema, type GraphAssignmentTarget } from "./assignmentTarget";
import { isGuid, newGuid } from "./guid";
import { createSeedData, toMailNickname } from "./seedData";

/** embeddedSIMActivationCodePool as the service returns it (activationCodes are write-only). */
export interface GraphPool {
  id: string;
  displayName: string;
  createdDateTime: string;
  modifiedDateTime: string;
  activationCodeCount: number;
}

export interface GraphAssignment {
  id: string;
  target: GraphAssignmentTarget;
}

export type GraphPoolWithAssignments = GraphPool & { assignments: GraphAssignment[] };

/** An Entra ID group with the properties a group picker reads (Graph's names). */
export interface GraphGroup {
  id: string;
  displayName: string;
  description: string | null;
  /** "Unified" (Microsoft 365), "DynamicMembership"; empty for a static security group. */
  groupTypes: string[];
  securityEnabled: boolean;
  mailEnabled: boolean;
  membershipRule: string | null;
  membershipRuleProcessingState: "On" | "Paused" | null;
  mailNickname: string;
  createdDateTime: string;
}

/** The whole store: what `dump()` / `GET /_control/state` give back. */
export interface GraphStoreData {
  pools: GraphPoolWithAssignments[];
  groups: GraphGroup[];
}

const SEED_DEFAULT_DATE = "2024-01-01T00:00:00.000Z";
const guid = z.string().refine(isGuid, { error: "must be a GUID" });
const isoDate = z.iso.datetime({ offset: true });

const seedAssignmentSchema = z.object({
  id: guid.default(newGuid),
  target: assignmentTargetSchema,
});

const seedPoolSchema = z.object({
  id: guid,
  displayName: z.string().min(1),
  createdDateTime: isoDate.default(SEED_DEFAULT_DATE),
  modifiedDateTime: isoDate.default(SEED_DEFAULT_DATE),
  activationCodeCount: z.number().int().min(0).default(0),
  assignments: z.array(seedAssignmentSchema).default([]),
});

const seedGroupSchema = z
  .object({
    id: guid.transform((id) => id.toLowerCase()),
    displayName: z.string().min(1),
    description: z.string().nullable().default(null),
    groupTypes: z.array(z.string().min(1)).default([]),
    securityEnabled: z.boolean().default(true),
    mailEnabled: z.boolean().default(false),
    membershipRule: z.string().min(1).nullable().default(null),
    membershipRuleProcessingState: z.enum(["On", "Paused"]).nullable().default(null),
    mailNickname: z.string().min(1).optional(),
    createdDateTime: isoDate.default(SEED_DEFAULT_DATE),
  })
  .transform(({ mailNickname, ...group }) => ({
    ...group,
    mailNickname: mailNickname ?? toMailNickname(group.displayName),
  }));

const uniqueIds = (items: { id: string }[]) =>
  new Set(items.map((item) => item.id)).size === items.length;

/**
 * Seed input: dates, counts, assignment ids and filter fields may be left out; so may `groups`
 * (the deterministic seed's groups are used). Assignments may name groups that do not exist.
 */
export const graphStoreDataSchema = z.object({
  pools: z.array(seedPoolSchema).refine(uniqueIds, { error: "pool ids must be unique" }),
  groups: z
    .array(seedGroupSchema)
    .refine(uniqueIds, { error: "group ids must be unique" })
    .optional(),
});

export type GraphStoreSeed = z.input<typeof graphStoreDataSchema>;

/** Throws a ZodError when the data is not valid; without `groups`, the seed's groups. */
export function parseGraphStoreData(input: unknown): GraphStoreData {
  const { pools, groups } = graphStoreDataSchema.parse(input);
  return { pools, groups: groups ?? createSeedData().groups };
}
