import { z } from "zod";
import { assignmentTargetSchema, type GraphAssignmentTarget } from "./assignmentTarget";
import { isGuid, newGuid } from "./guid";

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

/** The whole store: what `seed()` takes and `dump()` / `GET /_control/state` give back. */
export interface GraphStoreData {
  pools: GraphPoolWithAssignments[];
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

/** Seed input: dates, counts, assignment ids and filter fields may be left out. */
export const graphStoreDataSchema = z
  .object({ pools: z.array(seedPoolSchema) })
  .refine(({ pools }) => new Set(pools.map((pool) => pool.id)).size === pools.length, {
    error: "pool ids must be unique",
  });

export type GraphStoreSeed = z.input<typeof graphStoreDataSchema>;

export function parseGraphStoreData(input: unknown): GraphStoreData {
  return graphStoreDataSchema.parse(input);
}
