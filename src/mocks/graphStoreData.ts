import { z } from "zod";
import { activationCodeSchema, type GraphActivationCode } from "./activationCode";
import { assignmentTargetSchema, type GraphAssignmentTarget } from "./assignmentTarget";
import { isGuid, newGuid } from "./guid";
import { createSeedData } from "./seedData";
import { toMailNickname } from "./seedGroups";

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

/** embeddedSIMDeviceState: how far one device got installing a pool's profile. */
export interface GraphDeviceState {
  id: string;
  createdDateTime: string;
  modifiedDateTime: string;
  lastSyncDateTime: string | null;
  /** The hardware's UICCID, not the profile's ICCID. */
  universalIntegratedCircuitCardIdentifier: string | null;
  deviceName: string | null;
  userName: string | null;
  /** notEvaluated, installing, installed, …; Graph may add values, so any string. */
  state: string;
  stateDetails: string | null;
}

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
const uniqueIds = (items: { id: string }[]) =>
  new Set(items.map((item) => item.id)).size === items.length;

const seedAssignmentSchema = z.object({
  id: guid.default(newGuid),
  target: assignmentTargetSchema,
});

const seedDeviceStateSchema = z.object({
  id: guid.default(newGuid),
  createdDateTime: isoDate.default(SEED_DEFAULT_DATE),
  modifiedDateTime: isoDate.default(SEED_DEFAULT_DATE),
  lastSyncDateTime: isoDate.nullable().default(null),
  universalIntegratedCircuitCardIdentifier: z.string().nullable().default(null),
  deviceName: z.string().nullable().default(null),
  userName: z.string().nullable().default(null),
  state: z.string().min(1),
  stateDetails: z.string().nullable().default(null),
});

const seedPoolSchema = z
  .object({
    id: guid,
    displayName: z.string().min(1),
    createdDateTime: isoDate.default(SEED_DEFAULT_DATE),
    modifiedDateTime: isoDate.default(SEED_DEFAULT_DATE),
    activationCodeCount: z.number().int().min(0).optional(),
    assignments: z.array(seedAssignmentSchema).default([]),
    deviceStates: z
      .array(seedDeviceStateSchema)
      .refine(uniqueIds, { error: "device state ids must be unique" })
      .default([]),
    activationCodes: z.array(activationCodeSchema).optional(),
  })
  .transform(({ activationCodeCount, assignments, deviceStates, activationCodes, ...pool }) => ({
    ...pool,
    activationCodeCount: activationCodeCount ?? activationCodes?.length ?? 0,
    assignments,
    deviceStates,
    activationCodes,
  }));

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

/**
 * Seed input: dates, counts, assignment ids and filter fields may be left out; so may `groups`
 * (the deterministic seed's groups are used). Assignments may name groups that do not exist.
 * A pool's `deviceStates` need only a `state`; without them the pool has none. A pool's
 * `activationCodes` (write-only, as in Graph) are known only when given; then they are its
 * `activationCodeCount` unless that is given too.
 */
export const graphStoreDataSchema = z.object({
  pools: z.array(seedPoolSchema).refine(uniqueIds, { error: "pool ids must be unique" }),
  groups: z
    .array(seedGroupSchema)
    .refine(uniqueIds, { error: "group ids must be unique" })
    .optional(),
});

export type GraphStoreSeed = z.input<typeof graphStoreDataSchema>;

export interface ParsedGraphStoreSeed {
  /** What `dump()` gives back: without the device states (there may be tens of thousands). */
  data: GraphStoreData;
  /** Each pool's device states, by pool id. */
  deviceStates: Map<string, GraphDeviceState[]>;
  /** By pool id, only for the pools whose codes were given. */
  activationCodes: Map<string, GraphActivationCode[]>;
}

/** Throws a ZodError when the data is not valid; without `groups`, the seed's groups. */
export function parseGraphStoreSeed(input: unknown): ParsedGraphStoreSeed {
  const parsed = graphStoreDataSchema.parse(input);
  const pools = parsed.pools.map(
    ({ deviceStates: _deviceStates, activationCodes: _activationCodes, ...pool }) => pool,
  );
  const deviceStates = new Map(parsed.pools.map((pool) => [pool.id, pool.deviceStates]));
  const activationCodes = new Map(
    parsed.pools.flatMap(({ id, activationCodes: codes }) => (codes ? [[id, codes] as const] : [])),
  );
  const groups = parsed.groups ?? createSeedData().groups;
  return { data: { pools, groups }, deviceStates, activationCodes };
}

/** Throws a ZodError when the data is not valid; device states are checked, then left out. */
export function parseGraphStoreData(input: unknown): GraphStoreData {
  return parseGraphStoreSeed(input).data;
}
